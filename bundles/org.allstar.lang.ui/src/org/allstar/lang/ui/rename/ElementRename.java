// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.lang.ide.rename.ModelRename;
import org.allstar.lang.ide.rename.RenameSession;
import org.allstar.lang.ui.LanguageServices;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IWorkbench;

/**
 * A rename prepared at a place of a model file: the element named there (declaration or reference), every model
 * file of its folder loaded from its current text (open editors' documents included), the check of a new name,
 * and the operation that makes the rename in all of them.
 */
public final class ElementRename {
	private final Map<URI, ModelTexts.Source> sources;
	private final RenameSession session;
	private final RenameSession.Target target;

	private ElementRename(Map<URI, ModelTexts.Source> sources, RenameSession session, RenameSession.Target target) {
		this.sources = sources;
		this.session = session;
		this.target = target;
	}

	/**
	 * The rename of the element named at {@code offset} of {@code file}; empty where nothing renamable is named.
	 * Reads open editors: call on the UI thread.
	 */
	public static Optional<ElementRename> at(IFile file, int offset, IWorkbench workbench) throws CoreException {
		if (file.getLocation() == null) {
			return Optional.empty();
		}
		Map<URI, ModelTexts.Source> sources = ModelTexts.of(file.getParent(), workbench);
		Map<URI, String> texts = new java.util.LinkedHashMap<>();
		sources.forEach((uri, source) -> texts.put(uri, source.text()));
		RenameSession session = LanguageServices.shared().get(ModelRename.class).load(texts);
		URI uri = URI.createFileURI(file.getLocation().toPath().toAbsolutePath().toString());
		return session.targetAt(uri, offset).map(target -> new ElementRename(sources, session, target));
	}

	/** What is renamed ("provider CornerShop"). */
	public String describe() {
		return target.describe();
	}

	public String currentName() {
		return target.name();
	}

	/** Why {@code newName} cannot be the element's name, or empty. */
	public Optional<String> problemWith(String newName) {
		return session.problemWith(target, newName);
	}

	/**
	 * The operation that renames the element to {@code newName} in every file that mentions it.
	 *
	 * @throws IllegalStateException with the reason, when a file has syntax errors or the name is a keyword
	 */
	public IUndoableOperation operation(String newName, IUndoContext context) {
		Map<URI, List<RenameSession.Edit>> edits = session.rename(target, newName);
		List<RenameOperation.FileChange> changes = new ArrayList<>();
		edits.forEach((uri, fileEdits) -> {
			ModelTexts.Source source = sources.get(uri);
			if (source == null) {
				throw new IllegalStateException("the rename would change " + uri.lastSegment()
						+ ", which is not a model file of this folder");
			}
			changes.add(new RenameOperation.FileChange(source.file(), source.document(), source.text(),
					RenameSession.applied(source.text(), fileEdits)));
		});
		if (changes.isEmpty()) {
			throw new IllegalStateException("nothing to change for " + describe());
		}
		return new RenameOperation("Rename " + describe() + " to " + newName, changes, context);
	}
}

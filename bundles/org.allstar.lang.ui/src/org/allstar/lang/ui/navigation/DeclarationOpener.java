// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.navigation;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Shows a {@link Declaration}: selects its name in the editor it is in, opening that file's editor first when it
 * is another file (a workspace file, or a file outside the workspace). UI thread.
 */
public final class DeclarationOpener {

	private final IWorkbenchPage page;
	private final ITextEditor current;
	private final Path currentFile;

	public DeclarationOpener(IWorkbenchPage page, ITextEditor current, Path currentFile) {
		this.page = page;
		this.current = current;
		this.currentFile = currentFile;
	}

	public void open(Declaration declaration) throws PartInitException {
		ITextEditor editor = declaration.file() == null || Objects.equals(declaration.file(), currentFile) ? current
				: editorOf(declaration.file());
		if (editor != null) {
			editor.selectAndReveal(declaration.offset(), declaration.length());
		}
	}

	private ITextEditor editorOf(Path file) throws PartInitException {
		IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		IEditorPart part = inWorkspace.length > 0 ? IDE.openEditor(page, inWorkspace[0], true)
				: IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
		return part == null ? null : part.getAdapter(ITextEditor.class);
	}
}

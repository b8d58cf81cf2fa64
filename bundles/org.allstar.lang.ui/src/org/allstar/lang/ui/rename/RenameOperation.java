// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.rename;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * A rename across files as one undoable operation: each open document gets its edits as one change (it stays dirty,
 * as after typing), each other file its new text in one {@code IFile.setContents} (the workspace writes it whole);
 * all files in one workspace operation. Undo puts every old text back the same way. Run on the UI thread.
 */
final class RenameOperation extends AbstractOperation {

	/** A file's text before and after the rename, and its open document (null: none). */
	record FileChange(IFile file, IDocument document, String before, String after) {
	}

	private final List<FileChange> changes;

	RenameOperation(String label, List<FileChange> changes, IUndoContext context) {
		super(label);
		this.changes = List.copyOf(changes);
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return apply(true, monitor);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return apply(true, monitor);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return apply(false, monitor);
	}

	private IStatus apply(boolean forward, IProgressMonitor monitor) throws ExecutionException {
		IWorkspaceRunnable all = m -> {
			for (FileChange change : changes) {
				String text = forward ? change.after() : change.before();
				if (change.document() != null) {
					replaceChanged(change.document(), text);
				} else {
					change.file().setContents(text.getBytes(StandardCharsets.UTF_8), true, true, m);
				}
			}
		};
		try {
			changes.get(0).file().getWorkspace().run(all, monitor);
		} catch (CoreException e) {
			throw new ExecutionException("Cannot " + (forward ? "rename" : "undo the rename") + ": "
					+ e.getStatus().getMessage(), e);
		}
		return Status.OK_STATUS;
	}

	/** One replacement covering what differs, so the editor's caret and folds outside it stay. */
	private static void replaceChanged(IDocument document, String text) throws CoreException {
		String old = document.get();
		int start = 0;
		while (start < old.length() && start < text.length() && old.charAt(start) == text.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < old.length() - start && end < text.length() - start
				&& old.charAt(old.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
			end++;
		}
		try {
			document.replace(start, old.length() - end - start, text.substring(start, text.length() - end));
		} catch (BadLocationException e) {
			throw new CoreException(Status.error("the document changed during the rename", e));
		}
	}
}

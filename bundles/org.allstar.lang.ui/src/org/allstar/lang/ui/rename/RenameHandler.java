// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.rename;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Rename Element (Alt+Shift+R, ALLSTAR menu, editor context menu): asks for the new name of the element at the
 * caret and renames it and every reference to it in the folder's model files, as one undoable operation (Edit >
 * Undo, from the editor or the Project Explorer).
 */
public class RenameHandler extends AbstractHandler {

	public static final String COMMAND = "org.allstar.lang.ui.rename";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (!(editor instanceof ITextEditor text) || file == null
				|| !(text.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		Optional<ElementRename> rename = prepare(file, selection.getOffset(), editor.getSite().getWorkbenchWindow().getWorkbench(), shell);
		if (rename.isEmpty()) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("Nothing to rename here: put the caret on the name of an element or a reference to it");
			return null;
		}
		RenameDialog dialog = new RenameDialog(shell, rename.get());
		if (dialog.open() == Window.OK) {
			perform(rename.get(), dialog.getValue(), editor.getSite().getWorkbenchWindow().getWorkbench(), shell);
		}
		return null;
	}

	private static Optional<ElementRename> prepare(IFile file, int offset, IWorkbench workbench, Shell shell) {
		AtomicReference<Optional<ElementRename>> result = new AtomicReference<>(Optional.empty());
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				result.set(ElementRename.at(file, offset, workbench));
			} catch (CoreException e) {
				MessageDialog.openError(shell, "Rename", e.getStatus().getMessage());
			}
		});
		return result.get();
	}

	/** Renames and records the operation in the workbench's history; a reason it cannot is shown in a dialog. */
	public static boolean perform(ElementRename rename, String newName, IWorkbench workbench, Shell shell) {
		try {
			IUndoableOperation operation = rename.operation(newName, WorkspaceUndoUtil.getWorkspaceUndoContext());
			operation.addContext(workbench.getOperationSupport().getUndoContext());
			workbench.getOperationSupport().getOperationHistory().execute(operation, null,
					WorkspaceUndoUtil.getUIInfoAdapter(shell));
			return true;
		} catch (IllegalStateException | ExecutionException e) {
			MessageDialog.openError(shell, "Rename " + rename.describe(),
					"Cannot rename " + rename.describe() + " to " + newName + ": " + e.getMessage());
			return false;
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.lang.reflect.InvocationTargetException;

import org.allstar.lang.load.ModelFiles;
import org.allstar.verify.ReputationSource;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the Plan Capacity wizard on the selected .allstar file, or the active editor's: its folder's models are
 * loaded first (off the UI thread, with a progress dialog when it takes long).
 */
public final class PlanCapacityHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		IFile file = modelFile(HandlerUtil.getCurrentSelection(event), window);
		if (file == null) {
			MessageDialog.openInformation(shell, "Plan Capacity", NO_MODEL);
			return null;
		}
		PlanScope scope = loadScope(file, shell);
		if (scope == null) {
			return null;
		}
		ReputationSource reputations = StudioReputations.fromPreferences();
		try {
			new WizardDialog(shell, new PlanCapacityWizard(scope, reputations, window.getActivePage())).open();
		} finally {
			StudioReputations.close(reputations);
		}
		return null;
	}

	static final String NO_MODEL = "Select an .allstar file (in an explorer or an open editor) whose folder has the"
			+ " application and the providers.";

	/** The folder's models of {@code file}, loaded off the UI thread with a busy cursor; null (said why) when not. */
	static PlanScope loadScope(IFile file, Shell shell) {
		PlanScope[] scope = { null };
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask("Loading the models of " + file.getParent().getFullPath(), -1);
				try {
					scope[0] = PlanScope.load(file, monitor::isCanceled);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, "Plan Capacity", "Cannot load " + file.getParent().getFullPath() + ": "
					+ e.getCause().getMessage());
			return null;
		} catch (InterruptedException e) {
			return null;
		}
		return scope[0];
	}

	/** The .allstar file selected in {@code selection}, else the active editor's, else null. */
	static IFile modelFile(ISelection selection, IWorkbenchWindow window) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof IAdaptable adaptable) {
			IFile file = adaptable.getAdapter(IFile.class);
			if (file != null && file.getName().endsWith(ModelFiles.EXTENSION)) {
				return file;
			}
		}
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		return file != null && file.getName().endsWith(ModelFiles.EXTENSION) ? file : null;
	}
}

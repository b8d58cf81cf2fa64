// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * Creates a project from an example in the background (with progress and cancel), then shows it in the project
 * explorer and opens its main model in the editor. A failure is reported by the job framework with its message.
 */
public final class CreateProjectJob extends WorkspaceJob {
	private final String project;
	private final ExampleTemplate template;
	private final IWorkbenchWindow window;

	public CreateProjectJob(String project, ExampleTemplate template, IWorkbenchWindow window) {
		super("Creating ALLSTAR project " + project);
		this.project = project;
		this.template = template;
		this.window = window;
		setRule(ResourcesPlugin.getWorkspace().getRoot());
		setUser(true);
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		IFile model = ProjectFromTemplate.create(ResourcesPlugin.getWorkspace(), project, template, monitor);
		window.getShell().getDisplay().asyncExec(() -> open(model, window));
		return Status.OK_STATUS;
	}

	/** Opens {@code model} in its editor (the ALLSTAR-ML editor) and selects its project. */
	public static void open(IFile model, IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || window.getShell().isDisposed()) {
			return;
		}
		BasicNewResourceWizard.selectAndReveal(model.getProject(), window);
		try {
			IDE.openEditor(page, model, true);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), "Cannot open " + model.getName(),
					"The project was created, but its model does not open in the editor.", e.getStatus());
		}
	}
}

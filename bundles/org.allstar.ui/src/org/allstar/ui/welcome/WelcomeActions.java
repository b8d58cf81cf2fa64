// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.welcome;

import org.allstar.ui.StudioIds;
import org.allstar.ui.wizards.CreateProjectJob;
import org.allstar.ui.wizards.ExampleTemplate;
import org.allstar.ui.wizards.NewProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** What the welcome page's buttons do. */
final class WelcomeActions {
	private WelcomeActions() {
	}

	/** Opens the example's main model: from its project when the workspace has it, else from a new copy. */
	static void openExample(IWorkbenchWindow window, ExampleTemplate template) {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(template.name());
		IFile model = project.getFile(IPath.fromPortableString(template.mainModel()));
		if (project.isOpen() && model.exists()) {
			CreateProjectJob.open(model, window);
		} else if (project.exists()) {
			ErrorDialog.openError(window.getShell(), "Example " + template.name(), null,
					org.eclipse.core.runtime.Status.error("The workspace has a project called " + template.name()
							+ " without " + template.mainModel() + " (or closed); create the example under another name "
							+ "with File > New > ALLSTAR project."));
		} else {
			new CreateProjectJob(template.name(), template, window).schedule();
		}
	}

	static void showPerspective(IWorkbenchWindow window, String id) {
		try {
			window.getWorkbench().showPerspective(id, window);
		} catch (WorkbenchException e) {
			ErrorDialog.openError(window.getShell(), "Perspective", "The perspective does not open.", e.getStatus());
		}
	}

	static void newProject(IWorkbenchWindow window) {
		NewProjectWizard wizard = new NewProjectWizard();
		wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(window.getShell(), wizard).open();
	}

	static void preferences(Shell shell) {
		PreferencesUtil.createPreferenceDialogOn(shell, StudioIds.PREFERENCES, null, null).open();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > New > ALLSTAR project: a name and an example; Finish creates the project in a {@link CreateProjectJob}
 * and opens its main model.
 */
public class NewProjectWizard extends Wizard implements INewWizard {
	private IWorkbench workbench;
	private NewProjectPage page;

	public NewProjectWizard() {
		setWindowTitle("New ALLSTAR Project");
		setNeedsProgressMonitor(false); // the job shows its own progress
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewProjectPage(ExampleTemplates.bundled());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		new CreateProjectJob(page.projectName(), page.template(), workbench.getActiveWorkbenchWindow()).schedule();
		return true;
	}
}

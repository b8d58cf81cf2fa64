// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * Deploy: choose a deployment, see the dry run per engine, Finish applies it in a job (the deployer rolls back on
 * failure) and then opens the Operations perspective with the Deployments view.
 */
public final class DeployWizard extends Wizard {
	/** The Operations perspective (org.allstar.ui). */
	public static final String OPERATIONS = "org.allstar.ui.operations";

	private final List<FoundDeployment> deployments;
	private final FoundDeployment preselected;
	private final IWorkbenchWindow window;
	private ChooseDeploymentPage choice;
	private DryRunPage dryRun;
	private EngineJob applying;

	public DeployWizard(List<FoundDeployment> deployments, FoundDeployment preselected, IWorkbenchWindow window) {
		this.deployments = deployments;
		this.preselected = preselected;
		this.window = window;
		setWindowTitle("Deploy");
	}

	@Override
	public void addPages() {
		choice = new ChooseDeploymentPage(deployments, preselected);
		dryRun = new DryRunPage(choice);
		addPage(choice);
		addPage(dryRun);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == dryRun && dryRun.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		applying = new EngineJob(choice.chosen().deployment(), EngineJob.Work.APPLY);
		Display display = window.getShell().getDisplay();
		applying.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) display.asyncExec(DeployWizard.this::showOperations);
			}
		});
		applying.schedule();
		return true;
	}

	private void showOperations() {
		try {
			PlatformUI.getWorkbench().showPerspective(OPERATIONS, window);
		} catch (WorkbenchException e) {
			// without the perspective (a product without org.allstar.ui's) the view alone still shows the result
		}
		try {
			if (window.getActivePage().showView(DeploymentsView.ID) instanceof DeploymentsView view) view.refresh();
		} catch (org.eclipse.ui.PartInitException e) {
			// the view is part of this bundle; it only fails when the workbench is closing
		}
	}

	/** The apply job Finish started, or null (for the workbench test). */
	public EngineJob applying() {
		return applying;
	}
}

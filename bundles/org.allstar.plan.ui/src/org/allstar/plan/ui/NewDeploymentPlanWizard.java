// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import org.allstar.verify.ReputationSource;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File > New > ALLSTAR > ALLSTAR Deployment Plan: the Plan Capacity wizard (it writes a deployment file) on the
 * selected model file's folder, or the active editor's. Without one it says what to select and cannot finish.
 */
public final class NewDeploymentPlanWizard extends Wizard implements INewWizard {

	private PlanCapacityWizard plan;
	private ReputationSource reputations;

	public NewDeploymentPlanWizard() {
		setWindowTitle("New ALLSTAR Deployment Plan");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IFile file = PlanCapacityHandler.modelFile(selection, window);
		PlanScope scope = file == null ? null : PlanCapacityHandler.loadScope(file, window.getShell());
		if (scope != null) {
			reputations = StudioReputations.fromPreferences();
			plan = new PlanCapacityWizard(scope, reputations, window.getActivePage());
		}
	}

	@Override
	public void addPages() {
		if (plan == null) {
			addPage(new NoModelPage());
			return;
		}
		plan.addPages();
		for (IWizardPage page : plan.getPages()) {
			addPage(page); // the plan wizard's own pages; finishing is the plan wizard's
		}
	}

	@Override
	public boolean canFinish() {
		if (plan == null) {
			return false;
		}
		plan.setContainer(getContainer());
		return plan.canFinish();
	}

	@Override
	public boolean performFinish() {
		plan.setContainer(getContainer());
		return plan.performFinish();
	}

	@Override
	public void dispose() {
		StudioReputations.close(reputations);
		super.dispose();
	}

	/** The wizard of the plan, for the workbench test (null without a model file). */
	public PlanCapacityWizard plan() {
		return plan;
	}

	/** Shown when nothing tells which models to plan: says what to do; the wizard cannot finish. */
	private static final class NoModelPage extends WizardPage {
		NoModelPage() {
			super("noModel", "No model to plan", null);
			setDescription("A deployment plan places an application of a model folder on its providers.");
			setErrorMessage(PlanCapacityHandler.NO_MODEL + " Then choose File > New > ALLSTAR Deployment Plan again.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText("Select a model file in the Project Explorer, or open one in the editor, first.");
			setControl(label);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Page 1 of Deploy: which deployment of the workspace's models. */
final class ChooseDeploymentPage extends WizardPage {

	private final List<FoundDeployment> deployments;
	private final FoundDeployment preselected;
	private Table table;

	ChooseDeploymentPage(List<FoundDeployment> deployments, FoundDeployment preselected) {
		super("deployment");
		this.deployments = deployments;
		this.preselected = preselected;
		setTitle("Deployment");
		setDescription("Choose the deployment to run on its providers' engines. The next page shows what would change.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		new Label(page, SWT.NONE).setText("&Deployments in the workspace:");
		table = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setToolTipText("Deployments of models that load without errors; fix a model's errors to see its deployments here.");
		GridDataFactory.fillDefaults().grab(true, true).hint(500, 200).applyTo(table);
		for (FoundDeployment found : deployments) {
			new TableItem(table, SWT.NONE).setText(found.label());
		}
		int index = deployments.indexOf(preselected);
		if (index >= 0 || !deployments.isEmpty()) {
			table.select(Math.max(0, index));
		}
		table.addListener(SWT.Selection, e -> validate());
		table.addListener(SWT.DefaultSelection, e -> {
			if (isPageComplete()) getContainer().showPage(getNextPage());
		});
		setControl(page);
		validate();
	}

	private void validate() {
		String problem = deployments.isEmpty() ? "No deployment in the workspace's models; write one, or plan one with ALLSTAR > Plan Capacity."
				: table.getSelectionIndex() < 0 ? "Choose a deployment." : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	FoundDeployment chosen() {
		return table.getSelectionIndex() < 0 ? null : deployments.get(table.getSelectionIndex());
	}
}

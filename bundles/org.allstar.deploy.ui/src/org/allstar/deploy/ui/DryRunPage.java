// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.util.Locale;

import org.allstar.deploy.Deployer;
import org.allstar.deploy.Deployer.Report;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Page 2 of Deploy: a dry run on the engines (in a job), showing per engine what would be created, replaced,
 * removed or kept, and the preflight problems (an engine that does not answer, a missing image or runtime).
 */
final class DryRunPage extends WizardPage {

	private final ChooseDeploymentPage choice;
	private FoundDeployment checked;
	private EngineJob job;
	private Label summary;
	private Table actions;

	DryRunPage(ChooseDeploymentPage choice) {
		super("dryRun");
		this.choice = choice;
		setTitle("What would change");
		setDescription("A dry run on every engine of the deployment: nothing changes until Finish. A failure while "
				+ "applying rolls every engine back.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		actions = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		actions.setHeaderVisible(true);
		actions.setToolTipText("Each container the deployment needs, per engine, and what applying does to it.");
		for (String name : new String[] { "Action", "Engine", "Container" }) {
			TableColumn column = new TableColumn(actions, SWT.NONE);
			column.setText(name);
			column.setWidth(name.equals("Action") ? 90 : 260);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(620, 220).applyTo(actions);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && choice.chosen() != checked) {
			start(choice.chosen());
		}
	}

	private void start(FoundDeployment deployment) {
		checked = deployment;
		setPageComplete(false);
		setErrorMessage(null);
		actions.removeAll();
		summary.setText("Asking the engines of " + deployment.deployment().getName() + "...");
		EngineJob started = new EngineJob(deployment.deployment(), EngineJob.Work.DRY_RUN);
		job = started;
		started.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				getShell().getDisplay().asyncExec(() -> {
					if (started == job && !actions.isDisposed()) show(started.report());
				});
			}
		});
		started.schedule();
	}

	private void show(Report report) {
		for (Deployer.Action action : report.actions()) {
			new TableItem(actions, SWT.NONE).setText(new String[] { action.kind().name().toLowerCase(Locale.ROOT), action.engine(),
					action.spec() != null ? action.spec().describe() : action.name() });
		}
		for (String failure : report.failures()) {
			new TableItem(actions, SWT.NONE).setText(new String[] { "problem", "", failure });
		}
		summary.setText(report.ok() ? "Applying would do this: " + EngineJob.counts(report) + "."
				: "The engines are not ready; nothing would change. Fix what the table lists and go Back and Next to check again.");
		setErrorMessage(report.ok() ? null : report.failures().get(0));
		setPageComplete(report.ok());
	}
}

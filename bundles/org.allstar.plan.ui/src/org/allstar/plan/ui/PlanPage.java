// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.util.List;
import java.util.Locale;

import org.allstar.model.Application;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.plan.Conflict;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.Progress;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Page 2: runs the planner in a job when shown (again when the objective changed), with a live progress line and
 * a Cancel button, then shows the plan, its figures and the verifier's verdict, or the conflicting requirements.
 */
final class PlanPage extends WizardPage {

	private final ObjectivePage choice;
	private final ReputationSource reputations;
	private PlanRequest planned;
	private PlanJob job;
	private Label progress;
	private ProgressBar bar;
	private Button cancel;
	private Label figures;
	private Table placements;
	private Table problems;

	PlanPage(ObjectivePage choice, ReputationSource reputations) {
		super("plan");
		this.choice = choice;
		this.reputations = reputations;
		setTitle("Plan");
		setDescription("The planner places every component so that all rules hold, minimising the objective. "
				+ "Cancel stops it with the best plan found so far.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		progress = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		bar = new ProgressBar(page, SWT.INDETERMINATE);
		cancel = new Button(page, SWT.PUSH);
		cancel.setText("&Cancel planning");
		cancel.setToolTipText("Stop the solver now; the best plan found so far is kept, with its gap to the bound.");
		cancel.addListener(SWT.Selection, e -> {
			if (job != null) job.cancel();
		});
		figures = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(figures);
		placements = table(page, "Component", "Replicas", "Nodes");
		placements.setToolTipText("Where each component's replicas run (provider.node).");
		problems = table(page, "Verifier and conflicts");
		problems.setToolTipText("What the verifier says about the planned deployment, or the requirements that cannot all hold.");
		setControl(page);
	}

	private static Table table(Composite parent, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String name : columns) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(name);
			column.setWidth(columns.length == 1 ? 640 : name.equals("Nodes") ? 420 : 120);
		}
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 110).applyTo(table);
		return table;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			PlanRequest request = new PlanRequest(choice.application(), choice.scope().loaded().models(),
					choice.objective(), choice.timeLimit(), null, null);
			if (planned == null || !same(planned, request)) {
				start(request);
			}
		}
	}

	private static boolean same(PlanRequest a, PlanRequest b) {
		return a.application() == b.application() && a.objective().equals(b.objective()) && a.timeLimit().equals(b.timeLimit());
	}

	private void start(PlanRequest request) {
		if (job != null) {
			job.cancel();
		}
		planned = request;
		setPageComplete(false);
		setErrorMessage(null);
		placements.removeAll();
		problems.removeAll();
		figures.setText("");
		progress.setText("Planning " + request.application().getName() + "...");
		bar.setVisible(true);
		cancel.setEnabled(true);
		PlanJob started = new PlanJob(request, reputations, this::showProgress);
		job = started;
		started.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				getShell().getDisplay().asyncExec(() -> finished(started));
			}
		});
		started.schedule();
	}

	private void showProgress(Progress line) {
		getShell().getDisplay().asyncExec(() -> {
			if (!progress.isDisposed()) progress.setText(line.toString());
		});
	}

	private void finished(PlanJob done) {
		if (done != job || getControl().isDisposed()) {
			return; // a newer run replaced it, or the wizard closed
		}
		bar.setVisible(false);
		cancel.setEnabled(false);
		PlanJob.Outcome outcome = done.outcome();
		if (outcome == null) {
			setErrorMessage("The planner failed; see the error log.");
			return;
		}
		show(outcome);
	}

	private void show(PlanJob.Outcome outcome) {
		Plan plan = outcome.plan();
		progress.setText("Done: " + plan.status().name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, " in %.2f s", plan.seconds()));
		figures.setText(String.join("\n", plan.report().stream().filter(l -> !l.startsWith("conflict:") && !l.startsWith("verifier:")).toList()));
		plan.placements().forEach((component, nodes) -> {
			TableItem item = new TableItem(placements, SWT.NONE);
			item.setText(new String[] { component.getName(), Integer.toString(nodes.size()),
					String.join(", ", nodes.stream().map(PlanPage::reference).toList()) });
		});
		for (Conflict conflict : plan.conflicts()) {
			new TableItem(problems, SWT.NONE).setText("conflict: " + conflict.summary());
			conflict.requirements().forEach(r -> new TableItem(problems, SWT.NONE).setText("    " + r));
		}
		List<Finding> findings = outcome.findings();
		if (plan.status().hasPlan()) {
			long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
			new TableItem(problems, SWT.NONE).setText("verifier: " + (errors == 0 ? "the planned deployment passes every rule"
					: errors + " error(s)") + (findings.size() > errors ? ", " + (findings.size() - errors) + " warning(s)" : ""));
			findings.forEach(f -> new TableItem(problems, SWT.NONE).setText("    " + f.severity().name().toLowerCase(Locale.ROOT)
					+ ": " + f.message()));
		}
		String problem = !plan.status().hasPlan()
				? (plan.conflicts().isEmpty() ? "No plan found within the time limit; give the planner more time."
						: "No plan exists: the requirements listed below cannot all hold. Relax one of them in the model.")
				: findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)
						? "The plan does not pass the verifier; this is a planner bug, please report it." : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
		((Composite) getControl()).layout(true, true); // the figures label grew to several lines
	}

	private static String reference(Node node) {
		return ((Provider) node.eContainer()).getName() + "." + node.getName();
	}

	/** The finished run's plan, or null while planning or without one. */
	Plan plan() {
		return isPageComplete() && job != null && job.outcome() != null ? job.outcome().plan() : null;
	}

	Application application() {
		return planned.application();
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}

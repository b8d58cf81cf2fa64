// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.util.List;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.Model;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.Planner;
import org.allstar.plan.Progress;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Verifier;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs the planner, then the verifier on the planned deployment. Cancelling (from the wizard or the Progress view)
 * stops the solver, which ends with the best plan found so far. Progress lines go to the monitor and to a listener.
 */
public final class PlanJob extends Job {

	/** The plan and everything the verifier says about it (warnings too; the planner already refuses errors). */
	public record Outcome(Plan plan, List<Finding> findings) {
	}

	private final PlanRequest request;
	private final Planner planner;
	private final ReputationSource reputations;
	private final Consumer<Progress> listener;
	private volatile Outcome outcome;

	public PlanJob(PlanRequest request, ReputationSource reputations, Consumer<Progress> listener) {
		super("Planning " + request.application().getName());
		this.request = request;
		this.planner = new Planner(reputations);
		this.reputations = reputations;
		this.listener = listener;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask("Planning " + request.application().getName() + " (at most "
				+ request.timeLimit().toSeconds() + " s)", IProgressMonitor.UNKNOWN);
		Plan plan = planner.plan(request.withProgress(progress -> {
			monitor.subTask(progress.toString());
			listener.accept(progress);
		}));
		List<Finding> findings = List.of();
		if (plan.status().hasPlan()) {
			monitor.subTask("Verifying the planned deployment");
			findings = verify(plan, request.application(), request.models());
		}
		outcome = new Outcome(plan, findings);
		monitor.done();
		return Status.OK_STATUS; // a cancelled run still has its best plan, shown like any other
	}

	private List<Finding> verify(Plan plan, Application application, java.util.Collection<Model> models) {
		return new Verifier(reputations).verify(models, List.of(Planner.toDeployment(plan, application, "planned")));
	}

	@Override
	protected void canceling() {
		planner.cancel();
	}

	/** The result once the job is done, else null. */
	public Outcome outcome() {
		return outcome;
	}
}

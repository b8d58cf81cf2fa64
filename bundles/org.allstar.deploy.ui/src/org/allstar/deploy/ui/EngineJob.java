// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.util.List;

import org.allstar.deploy.DeployException;
import org.allstar.deploy.Deployer;
import org.allstar.deploy.Deployer.Options;
import org.allstar.deploy.Deployer.Report;
import org.allstar.deploy.kubernetes.EveryEngine;
import org.allstar.model.Deployment;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Applies or removes a deployment on its engines (docker and Kubernetes, both checked first), or only works out
 * what that would do (a dry run). A failure part-way is rolled back by the deployer; the job's status then names
 * the failures and what, if anything, is left.
 */
public final class EngineJob extends Job {
	public static final String PLUGIN = "org.allstar.deploy.ui";

	/** What to do on the engines. */
	public enum Work {
		DRY_RUN("Checking", EveryEngine::apply), APPLY("Deploying", EveryEngine::apply),
		UNDEPLOY("Undeploying", EveryEngine::undeploy);

		private final String verb;
		private final Step step;

		Work(String verb, Step step) {
			this.verb = verb;
			this.step = step;
		}
	}

	private interface Step {
		Report run(EveryEngine engines, Deployment deployment, Options options);
	}

	private final Deployment deployment;
	private final Work work;
	private volatile Report report;

	public EngineJob(Deployment deployment, Work work) {
		super(work.verb + " " + deployment.getName());
		this.deployment = deployment;
		this.work = work;
		setUser(work != Work.DRY_RUN);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Options options = new Options(work == Work.DRY_RUN, false, monitor::subTask);
		try (EveryEngine engines = StudioEngines.of(deployment)) {
			report = work.step.run(engines, deployment, options);
		} catch (DeployException e) {
			report = new Report(List.of(), List.of(e.getMessage()), false, List.of());
		} catch (RuntimeException e) {
			report = new Report(List.of(), List.of("the engine failed: " + e.getMessage()), false, List.of());
		} finally {
			monitor.done();
		}
		return report.ok() || work == Work.DRY_RUN ? Status.OK_STATUS : Status.error(describeFailure(report));
	}

	/** "web#0 ... failed: ...; rolled back: every engine is as it was before" for the error dialog. */
	public static String describeFailure(Report report) {
		StringBuilder text = new StringBuilder(String.join("; ", report.failures()));
		if (report.rolledBack()) {
			text.append(report.leftBehind().isEmpty() ? ". Rolled back: every engine is as it was before."
					: ". Rolled back, except: " + String.join("; ", report.leftBehind()));
		}
		return text.toString();
	}

	/** "2 created, 0 replaced, 1 removed, 3 unchanged". */
	public static String counts(Report report) {
		return report.count(Deployer.Kind.CREATE) + " created, " + report.count(Deployer.Kind.REPLACE) + " replaced, "
				+ report.count(Deployer.Kind.REMOVE) + " removed, " + report.count(Deployer.Kind.KEEP) + " unchanged";
	}

	/** The report once the job is done, else null. */
	public Report report() {
		return report;
	}

}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.allstar.deploy.DeployException;
import org.allstar.model.Deployment;
import org.allstar.monitor.Monitor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Watches a running deployment as {@code allstar monitor} does, keeping the series in the workspace's monitor
 * folder (the same files, so the command line's diagnose reads what the IDE measured and the other way round),
 * until cancelled or the duration is over. Cancelling ends the tick under way first. TLS engines are reached with
 * the certificates of the studio's preferences (the command line reads its environment).
 */
public final class MonitorJob extends Job {
	private final Deployment deployment;
	private final Path folder;
	private final Duration interval;
	private final Duration duration;

	public MonitorJob(Deployment deployment, Path folder, Duration interval, Duration duration) {
		super("Monitoring " + deployment.getName());
		this.deployment = deployment;
		this.folder = folder;
		this.interval = interval;
		this.duration = duration;
		setSystem(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName() + " every " + interval.toMillis() + " ms", IProgressMonitor.UNKNOWN);
		Monitor.Options options = Monitor.Options.defaults(folder, monitor::subTask).withInterval(interval);
		try (Monitor watching = new Monitor(deployment, options, StudioEngines.dockerCertificates())) {
			watching.run(duration, monitor::isCanceled);
			return Status.OK_STATUS;
		} catch (DeployException | IOException e) {
			return Status.error("Cannot monitor " + deployment.getName() + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}
}

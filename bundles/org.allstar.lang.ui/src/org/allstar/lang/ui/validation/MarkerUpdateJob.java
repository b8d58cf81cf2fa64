// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.validation.Issue;

/**
 * Writes an editor's findings to its file's Problems-view markers in the background, after the squiggles are
 * shown: a workspace operation and the resource-change events it sends (Problems view, marker annotations) are not
 * the typing feedback, so they wait {@link #DELAY_MS} and never compete with the check of the next keystroke or
 * with showing its squiggle. Only the latest findings are written; a burst of checks costs one update.
 */
public final class MarkerUpdateJob extends Job {

	/** Quiet time before the markers follow the squiggles. */
	public static final long DELAY_MS = 250;

	private final IFile file;
	private final AtomicReference<List<Issue>> pending = new AtomicReference<>();

	public MarkerUpdateJob(IFile file) {
		super("Updating ALLSTAR-ML problem markers");
		this.file = file;
		setSystem(true);
	}

	/** Makes {@code issues} the file's markers soon (replacing any update not yet done). */
	public void update(List<Issue> issues) {
		pending.set(issues);
		schedule(DELAY_MS);
	}

	/** Makes {@code issues} the file's markers now, on the calling thread (the previous way: the benchmark's). */
	public void run(List<Issue> issues) {
		try {
			IssueMarkers.replace(file, issues, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Issue> issues = pending.getAndSet(null);
		if (issues == null) {
			return Status.OK_STATUS;
		}
		try {
			IssueMarkers.replace(file, issues, monitor);
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}
}

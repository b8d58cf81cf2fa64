// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Re-parses a diagram's document after the text changed (scheduled with a delay, so typing parses once a pause)
 * and redraws the diagram when the models changed.
 */
final class ReparseJob extends Job {

	private final DocumentDiagramSource source;
	private final Runnable changed;

	ReparseJob(String fileName, DocumentDiagramSource source, Runnable changed) {
		super("Updating the diagram of " + fileName);
		this.source = source;
		this.changed = changed;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (source.reparse() && !monitor.isCanceled()) {
			changed.run();
		}
		return Status.OK_STATUS;
	}
}

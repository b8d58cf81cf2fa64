// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.xtext.service.OperationCanceledError;

/**
 * Re-checks the editor's text in the background after typing: each change cancels the pending or running check and
 * schedules a new one {@link #DELAY_MS} later, so a burst of keystrokes costs one check. A check whose text is no
 * longer the document's is dropped; its findings go to the listeners (annotations, markers, colours, outline).
 */
public class ReconcileJob extends Job implements IDocumentListener {

	/**
	 * Quiet time after the last keystroke before checking: short, because the next keystroke cancels a check that
	 * has started anyway (the validator stops at its cancel indicator; the check runs in this job, never on the UI
	 * thread, so a check that is cancelled costs CPU, not responsiveness), and every millisecond here is in the
	 * keystroke-to-marker time (docs/benchmarks.md). 50 ms still merges the keystrokes of auto-repeat, paste-like
	 * bursts and fast typing (under 50 ms apart); slower typing starts a check per keystroke, which the next one
	 * cancels, and since checks are incremental (one edit given to the kept model) that wasted check is cheap.
	 * Was 400 ms, then 150 ms.
	 */
	public static final long DELAY_MS = 50;

	private final IDocument document;
	private final ModelChecker checker;
	private final Supplier<Path> file;
	private final List<Consumer<Reconciliation>> listeners;

	public ReconcileJob(IDocument document, ModelChecker checker, Supplier<Path> file,
			List<Consumer<Reconciliation>> listeners) {
		super("Checking ALLSTAR-ML model");
		this.document = document;
		this.checker = checker;
		this.file = file;
		this.listeners = List.copyOf(listeners);
		setSystem(true);
		setPriority(DECORATE);
	}

	/** Starts listening to the document and checks it once now. */
	public void start() {
		document.addDocumentListener(this);
		schedule();
	}

	public void stop() {
		document.removeDocumentListener(this);
		cancel();
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// nothing: the check is scheduled once the change is done
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		cancel();
		schedule(DELAY_MS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long stamp = stamp();
		String text = document.get();
		if (stamp != stamp()) {
			return Status.CANCEL_STATUS; // changed while read: the change has scheduled the next check
		}
		Reconciliation result;
		try {
			result = checker.check(stamp, text, file.get(), monitor::isCanceled);
		} catch (OperationCanceledError | OperationCanceledException e) {
			return Status.CANCEL_STATUS; // Xtext's linker stops this way when the next keystroke cancels the check
		}
		if (monitor.isCanceled() || stamp != stamp()) {
			return Status.CANCEL_STATUS;
		}
		listeners.forEach(listener -> listener.accept(result));
		return Status.OK_STATUS;
	}

	/** Whether {@code result} was computed on the document's current text. */
	public boolean isCurrent(Reconciliation result) {
		return result.stamp() == stamp();
	}

	private long stamp() {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: document.get().hashCode();
	}
}

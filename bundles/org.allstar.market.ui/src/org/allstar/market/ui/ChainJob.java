// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import java.util.function.Consumer;

import org.allstar.chain.ChainException;
import org.allstar.chain.WorkspaceChain;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * One chain action in a Job: opens the studio's chain, runs the work with progress, closes the connection, and hands
 * the result or the error message (with the contract's error name, as the chain bundle reports it) to the UI thread
 * while {@code owner} is still there. Errors are values for the page or view to show, not error dialogs.
 *
 * @param <T> what the work produces
 */
public final class ChainJob<T> extends Job {
	/** The family of every chain job, for tests and for cancelling them together. */
	public static final Object FAMILY = ChainJob.class;

	/** The work, off the UI thread. */
	public interface Work<T> {
		T run(WorkspaceChain chain, SubMonitor monitor);
	}

	private final boolean startLocal;
	private final Work<T> work;
	private final Control owner;
	private final Consumer<T> done;
	private final Consumer<String> failed;
	private volatile String failure;

	public ChainJob(String name, boolean startLocal, Work<T> work, Control owner, Consumer<T> done, Consumer<String> failed) {
		super(name);
		this.startLocal = startLocal;
		this.work = work;
		this.owner = owner;
		this.done = done;
		this.failed = failed;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try (WorkspaceChain chain = ChainAccess.open(startLocal, progress::subTask)) {
			T result = work.run(chain, progress);
			deliver(() -> done.accept(result));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			failure = "Cancelled.";
			deliver(() -> failed.accept("Cancelled."));
			return Status.CANCEL_STATUS;
		} catch (ChainException | IllegalArgumentException | IllegalStateException e) {
			failure = message(e);
			deliver(() -> failed.accept(failure));
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			failure = e.toString();
			deliver(() -> failed.accept(e.toString()));
			return Status.error(getName() + " failed", e);
		}
	}

	/** Why the work failed, once the job is done; null when it succeeded. */
	public String failure() {
		return failure;
	}

	/** The message, with the contract's custom error name when the chain reports one. */
	public static String message(RuntimeException e) {
		String text = e.getMessage();
		if (e instanceof ChainException c && c.error() != null && (text == null || !text.contains(c.error()))) {
			return c.error() + ": " + text;
		}
		return text;
	}

	private void deliver(Runnable r) {
		if (owner.isDisposed()) return;
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) r.run();
		});
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.startup;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Keeps the UI thread from oversleeping while the workbench opens its first window (an e4 model processor, so it runs
 * on the UI thread before the window is opened).
 *
 * <p>The workbench restores its windows in a second thread and waits for it in {@code Display.sleep()}, to be woken
 * by {@code Display.wake()} and then check a flag. On GTK that wake-up is lost when it comes just before the UI thread
 * enters {@code sleep()}: SWT clears its wake flag there, so the UI thread sleeps on until some other event arrives,
 * often a job's first UI update seconds later (5.1 s of a 10 s warm start in one profile, docs/benchmarks.md). A timer
 * every {@value #PERIOD_MS} ms is such an event: the UI thread never sleeps longer than that before it checks the flag
 * again. It stops once a workbench window is shown, or after {@value #LIMIT_MS} ms whatever happens.
 */
public class StartupWakeUp {

	static final int PERIOD_MS = 10;
	static final int LIMIT_MS = 60_000;

	private static volatile boolean ticking;
	private static volatile int ticks;

	@Execute
	void startTicking() {
		Display display = Display.getCurrent();
		if (display != null) {
			ticking = true;
			tick(display, System.nanoTime() + LIMIT_MS * 1_000_000L);
		}
	}

	private static void tick(Display display, long deadline) {
		display.timerExec(PERIOD_MS, () -> {
			ticks++;
			if (!windowShown() && System.nanoTime() < deadline) {
				tick(display, deadline);
			} else {
				ticking = false;
			}
		});
	}

	/** How many times the timer fired in this start (0 when the processor did not run); the UI tests read it. */
	public static int ticks() {
		return ticks;
	}

	/** Whether the timer still runs (it should not once a window is shown). */
	public static boolean ticking() {
		return ticking;
	}

	static boolean windowShown() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return false;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			Shell shell = window.getShell();
			if (shell != null && shell.isVisible()) {
				return true;
			}
		}
		return false;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.allstar.ui.examples.ExampleProjects;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The start-up benchmark ({@code ./allstar bench-studio}): with {@code -Dallstar.bench.startup=FILE}, the time from
 * the start of the Java process to the first moment the workbench window is shown and its UI thread has nothing
 * left to do is written to FILE ({@code startup_ms=N}), and the workbench closes.
 */
public final class StartupTimer {
	/** The file to write the measurement to. */
	public static final String PROPERTY = "allstar.bench.startup";

	private StartupTimer() {
	}

	/** When the benchmark asked for it: measures once the UI thread is idle, then closes the workbench. */
	static void recordWhenIdle(IWorkbench workbench) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		whenUsable(workbench, () -> {
			write(Path.of(file), sinceProcessStart());
			closeAfterExampleImport(workbench);
		});
	}

	/**
	 * Runs {@code then} on the UI thread at the first moment the workbench window is shown and the UI thread has
	 * nothing left to do: the moment the benchmark measures.
	 */
	static void whenUsable(IWorkbench workbench, Runnable then) {
		Display display = workbench.getDisplay();
		// an asyncExec runs once everything queued before it has run: what the start-up left to do
		display.asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			Shell shell = window == null ? null : window.getShell();
			if (shell == null || !shell.isVisible()) {
				display.timerExec(50, () -> whenUsable(workbench, then));
				return;
			}
			while (display.readAndDispatch()) {
				// drain pending paints and events: "usable" means nothing is waiting
			}
			then.run();
		});
	}

	/**
	 * The example import of a first start begins after the measurement (ExampleProjects waits for the workbench):
	 * the workbench closes once it is done, so that the benchmark's next start finds the workspace a user would.
	 */
	private static void closeAfterExampleImport(IWorkbench workbench) {
		Thread waiter = new Thread(() -> {
			try {
				ExampleProjects.awaitImport(Duration.ofMinutes(1));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				workbench.getDisplay().asyncExec(workbench::close);
			}
		}, "Start-up benchmark: waiting for the example import");
		waiter.setDaemon(true);
		waiter.start();
	}

	static Duration sinceProcessStart() {
		Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
		return Duration.between(start, Instant.now());
	}

	private static void write(Path file, Duration elapsed) {
		try {
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".startup", ".tmp");
			Files.writeString(temporary, "startup_ms=" + elapsed.toMillis() + "\n");
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write the start-up time to " + file + ": " + e.getMessage(), e);
		}
	}
}

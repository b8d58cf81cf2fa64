// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.operations;

import org.allstar.ui.tests.Screenshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** What the planning and operations workbench tests share: waiting on the event loop, widgets, screenshots. */
final class Ui {
	static final long TIMEOUT_MS = 60_000;

	private Ui() {
	}

	/** A wizard dialog that the test presses Next and Finish on, as a user would. */
	static final class Dialog extends WizardDialog {
		Dialog(Shell parent, IWizard wizard) {
			super(parent, wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
		}

		void finish() {
			finishPressed();
		}
	}

	/** Runs the event loop (the test owns the UI thread) until {@code condition} holds. */
	static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("waited " + timeoutMs + " ms for " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		waitUntil(what, TIMEOUT_MS, condition);
	}

	/** Lets the event loop run for a while (repaints). */
	static void settle(long millis) throws InterruptedException {
		long until = System.currentTimeMillis() + millis;
		waitUntil("a painted window", () -> System.currentTimeMillis() > until);
	}

	/** Every control of {@code type} under {@code root} matching {@code test}, in tab order. */
	static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root) && test.test(type.cast(root))) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type, test));
			}
		}
		return found;
	}

	/** The control right after the label with {@code text} (a form's field). */
	static <T extends Control> T fieldAfter(Control root, String text, Class<T> type) {
		Label label = all(root, Label.class, l -> text.equals(l.getText())).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no label '" + text + "'"));
		Control[] siblings = label.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == label) {
				return type.cast(siblings[i + 1]);
			}
		}
		throw new AssertionError("nothing after '" + text + "'");
	}

	/** Writes what {@code shell} (or the whole screen) shows to allstar.test.screenshots. */
	static Path screenshot(Shell shell, String name) throws InterruptedException {
		settle(1_200);
		Display display = Display.getCurrent();
		display.update();
		Rectangle bounds = shell != null ? shell.getBounds() : display.getBounds();
		return Screenshots.save(display, bounds, name);
	}
}

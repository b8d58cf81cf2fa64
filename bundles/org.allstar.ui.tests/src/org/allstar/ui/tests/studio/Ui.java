// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import org.allstar.ui.tests.Screenshots;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** What the studio's workbench tests do with the UI: wait on the event loop, find controls, press, screenshot. */
final class Ui {
	/** The key the studio's pages put on their controls (their setData key). */
	static final String KEY = "org.allstar.ui.key";
	private static final long TIMEOUT_MS = 60_000;

	private Ui() {
	}

	/** Runs the event loop (the test owns the UI thread) until {@code condition} holds. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("waited " + TIMEOUT_MS + " ms for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted waiting for " + what);
				}
			}
		}
	}

	/** Lets pending events and paints run for {@code millis}. */
	static void settle(long millis) {
		long until = System.currentTimeMillis() + millis;
		waitUntil("time to pass", () -> System.currentTimeMillis() > until);
	}

	/** The control under {@code root} whose studio key is {@code key}. */
	static <T extends Control> T find(Control root, String key, Class<T> type) {
		T found = search(root, c -> key.equals(c.getData(KEY)), type);
		if (found == null) {
			throw new AssertionError("no " + type.getSimpleName() + " with key " + key + " under " + root);
		}
		return found;
	}

	/** The dialog button with JFace's button id {@code id} (Dialog puts the id in the button's data). */
	static Button dialogButton(Shell shell, int id) {
		Button found = search(shell, c -> Objects.equals(c.getData(), Integer.valueOf(id)), Button.class);
		if (found == null) {
			throw new AssertionError("no button " + id + " in " + shell.getText());
		}
		return found;
	}

	/** Clicks a button as the user does (a selection event): push buttons, radios (the others of the group go off), checks. */
	static void press(Button button) {
		if ((button.getStyle() & SWT.RADIO) != 0) {
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other != button) {
					other.setSelection(false);
					other.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				}
			}
			button.setSelection(true);
		} else if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static <T extends Control> T search(Control control, java.util.function.Predicate<Control> match, Class<T> type) {
		if (type.isInstance(control) && match.test(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = search(child, match, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Writes a PNG of the active shell (or the screen) to allstar.test.screenshots. */
	static void screenshot(String name) {
		settle(1_000);
		Display display = Display.getCurrent();
		display.update();
		Rectangle bounds = display.getActiveShell() != null ? display.getActiveShell().getBounds() : display.getBounds();
		Screenshots.save(display, bounds, name);
	}
}

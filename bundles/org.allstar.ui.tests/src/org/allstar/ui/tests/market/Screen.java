// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.market;

import org.allstar.ui.tests.Screenshots;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Driving the workbench as a user would: waiting with the event loop, finding fields by label, pressing buttons. */
final class Screen {
	static final long TIMEOUT_MS = 180_000;

	private Screen() {
	}

	/** A wizard dialog that does not block, with Next and Finish pressed as the buttons do. */
	static final class Dialog extends WizardDialog {
		Dialog(IWizard wizard) {
			super(Display.getDefault().getActiveShell() != null ? Display.getDefault().getActiveShell()
					: org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
		}

		void finish() {
			finishPressed();
		}

		Composite area() {
			return (Composite) getContents();
		}
	}

	static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getDefault();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what);
			if (!display.readAndDispatch()) Thread.sleep(20);
		}
	}

	/** The field right after the label {@code label} (as the pages lay them out: label, field). */
	static <T extends Control> T field(Composite root, String label, Class<T> type) {
		Control found = find(root, label);
		if (found == null) throw new AssertionError("no field labelled " + label);
		Control[] siblings = found.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == found) return type.cast(siblings[i + 1]);
		}
		throw new AssertionError("nothing after " + label);
	}

	private static Control find(Composite root, String label) {
		for (Control c : root.getChildren()) {
			if (c instanceof Label l && label.equals(l.getText()) && c.isVisible()) return c;
			if (c instanceof Composite k) {
				Control inner = find(k, label);
				if (inner != null) return inner;
			}
		}
		return null;
	}

	static Button button(Composite root, String text) {
		for (Control c : root.getChildren()) {
			if (c instanceof Button b && text.equals(b.getText()) && b.isVisible()) return b;
			if (c instanceof Composite k) {
				Button inner = button(k, text);
				if (inner != null) return inner;
			}
		}
		return null;
	}

	static void press(Button button) {
		if ((button.getStyle() & SWT.CHECK) != 0) button.setSelection(!button.getSelection());
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void type(Text text, String value) {
		text.setText(value);
	}

	static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		if (index < 0) throw new AssertionError(item + " is not among " + String.join(", ", combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Modify, new Event());
	}

	static void screenshot(String name) throws InterruptedException {
		Display display = Display.getDefault();
		long paintedBy = System.currentTimeMillis() + 500;
		waitUntil("a painted window", () -> System.currentTimeMillis() > paintedBy);
		Rectangle bounds = display.getBounds();
		Screenshots.save(display, bounds, name);
	}
}

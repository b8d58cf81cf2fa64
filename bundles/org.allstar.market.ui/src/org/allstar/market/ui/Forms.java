// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The label + field rows every page of this bundle is made of (a two-column grid), with tooltips as help text. */
public final class Forms {
	private Forms() {
	}

	/** An editable field; {@code label} carries the mnemonic (e.g. "&Name:"). */
	public static Text text(Composite parent, String label, String tooltip) {
		label(parent, label, tooltip);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setToolTipText(tooltip);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	/** A read-only value the user can select and copy (addresses, hashes). */
	public static Text value(Composite parent, String label, String tooltip) {
		label(parent, label, tooltip);
		Text text = new Text(parent, SWT.READ_ONLY | SWT.SINGLE);
		text.setToolTipText(tooltip);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	public static Combo combo(Composite parent, String label, String tooltip) {
		label(parent, label, tooltip);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(tooltip);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	/** A wrapping explanation over both columns. */
	public static Label note(Composite parent, String text) {
		Label note = new Label(parent, SWT.WRAP);
		note.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 480;
		note.setLayoutData(data);
		return note;
	}

	private static void label(Composite parent, String text, String tooltip) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setToolTipText(tooltip);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The password of a new key (typed twice) and whether secure storage should remember it. */
class NewAccountDialog extends TitleAreaDialog {
	/** Keystore's own minimum; checked here too so the user learns it before the scrypt run. */
	private static final int MINIMUM = 8;

	private Text password;
	private Text confirmation;
	private Button remember;
	private char[] chosen;
	private boolean remembered;

	NewAccountDialog(Shell shell) {
		super(shell);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("New account");
		setMessage("The key is encrypted with this password (scrypt, standard keystore format); it takes a few seconds.");
		getShell().setText("New Account");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		password = password(fields, "&Password:", "At least 8 characters");
		confirmation = password(fields, "&Confirm:", "The same password again");
		remember = new Button(fields, SWT.CHECK);
		remember.setText("&Remember the password in secure storage");
		remember.setToolTipText("Encrypted by Eclipse secure storage; wizards then sign without asking");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
		return area;
	}

	private Text password(Composite parent, String label, String tooltip) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD);
		text.setToolTipText(tooltip);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> check());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Create");
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void check() {
		String problem = password.getText().length() < MINIMUM ? "The password needs at least 8 characters."
				: !password.getText().equals(confirmation.getText()) ? "The two passwords differ." : null;
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		chosen = password.getText().toCharArray();
		remembered = remember.getSelection();
		super.okPressed();
	}

	char[] password() {
		return chosen;
	}

	boolean remember() {
		return remembered;
	}
}

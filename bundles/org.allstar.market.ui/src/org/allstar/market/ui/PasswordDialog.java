// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import java.util.concurrent.atomic.AtomicReference;

import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Asks for a keystore password, with the option to remember it in Eclipse secure storage (encrypted, never in a
 * preference or a file of ours). Also asks twice for the password of a new key.
 */
public final class PasswordDialog extends TitleAreaDialog {
	private final String address;
	private final String folder;
	private final boolean confirm;
	private Text password;
	private Text again;
	private Button remember;
	private char[] result;
	private boolean rememberIt;

	PasswordDialog(Shell shell, String address, String folder, boolean confirm) {
		super(shell);
		this.address = address;
		this.folder = folder;
		this.confirm = confirm;
	}

	/**
	 * Asks on the UI thread (from any thread) for the password of {@code address}; null when cancelled. Remembers it
	 * when the user ticks the box.
	 */
	public static char[] ask(String address, String folder) {
		AtomicReference<char[]> answer = new AtomicReference<>();
		Display.getDefault().syncExec(() -> {
			PasswordDialog dialog = new PasswordDialog(activeShell(), address, folder, false);
			if (dialog.open() == OK) {
				answer.set(dialog.result);
				if (dialog.rememberIt) StudioPreferences.rememberPassword(address, dialog.result);
			}
		});
		return answer.get();
	}

	/** Asks twice for the password of a new key; null when cancelled. */
	public static PasswordDialog forNewKey(Shell shell, String folder) {
		return new PasswordDialog(shell, null, folder, true);
	}

	public char[] password() {
		return result;
	}

	public boolean rememberIt() {
		return rememberIt;
	}

	private static Shell activeShell() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window.getShell() : null;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(address == null ? "New key" : "Unlock " + address);
		setMessage(address == null ? "The new key is stored encrypted (standard scrypt) in " + folder + "."
				: "The key is encrypted (standard scrypt) in " + folder + "; its password opens it for this action.");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		password = field(body, "&Password:");
		if (confirm) again = field(body, "&Again:");
		remember = new Button(body, SWT.CHECK);
		remember.setText("&Remember in secure storage");
		remember.setToolTipText("Keeps the password encrypted in Eclipse secure storage, so the studio does not ask again");
		remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	private Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.PASSWORD);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		String problem = password.getText().isEmpty() ? "Enter the password."
				: again != null && !again.getText().equals(password.getText()) ? "The passwords differ." : null;
		setErrorMessage(problem);
		if (ok != null) ok.setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		result = password.getText().toCharArray();
		rememberIt = remember.getSelection();
		super.okPressed();
	}
}

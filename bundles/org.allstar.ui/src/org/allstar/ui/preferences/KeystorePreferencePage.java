// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.allstar.chain.Account;
import org.allstar.chain.Keystore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The keystore folder, its accounts (read from the key files, no password needed), the signing account, new keys and
 * remembered passwords. Creating or unlocking a key runs scrypt for seconds, so it happens in a {@link Job}.
 */
public class KeystorePreferencePage extends SettingsPage {
	private Text folder;
	private Table accounts;
	private Button forget;
	private Button rememberButton;
	private Label status;

	public KeystorePreferencePage() {
		setDescription("The encrypted keys that sign transactions, and which of them the wizards use.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		folder = field(page, "Keystore &folder:", StudioPreferences.KEYSTORE,
				"Folder of standard-scrypt keystore files; empty: the workspace's, where `allstar account` keeps them");
		folder.setMessage(StudioPreferences.workspaceFolder("chain").resolve("keys").toString());
		browseFolder(page, folder, "The folder of keystore files (UTC--...)");
		folder.setText(StudioPreferences.node().get(StudioPreferences.KEYSTORE, ""));
		folder.addListener(SWT.Modify, e -> refresh(null));

		Label caption = new Label(page, SWT.NONE);
		caption.setText("&Accounts (the selected one signs):");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(caption);
		accounts = table(page);
		buttons(page);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);
		refresh(StudioPreferences.account().orElse(null));
		return page;
	}

	private Table table(Composite page) {
		Table table = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setData(KEY, StudioPreferences.ACCOUNT);
		table.setHeaderVisible(true);
		table.setToolTipText("The account that signs transactions of the wizards");
		new TableColumn(table, SWT.NONE).setText("Address");
		new TableColumn(table, SWT.NONE).setText("Password");
		table.getColumn(0).setWidth(370);
		table.getColumn(1).setWidth(110);
		table.addListener(SWT.Selection, e -> selectionChanged());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table);
		return table;
	}

	private void buttons(Composite page) {
		Composite column = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(column);
		Button create = button(column, "&New account...", "Create a key in this folder");
		create.addListener(SWT.Selection, e -> newAccount());
		rememberButton = button(column, "Re&member password...", "Check the password and keep it in secure storage");
		rememberButton.addListener(SWT.Selection, e -> rememberPassword());
		forget = button(column, "For&get password", "Remove the password from secure storage");
		forget.addListener(SWT.Selection, e -> {
			StudioPreferences.forgetPassword(selected());
			refresh(selected());
		});
	}

	private static Button button(Composite parent, String label, String tooltip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tooltip);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	/** The keystore the folder field names (empty: the workspace's). */
	private Keystore keystore() {
		String text = folder.getText().strip();
		return new Keystore(text.isEmpty() ? StudioPreferences.workspaceFolder("chain").resolve("keys") : Path.of(text));
	}

	/** Lists the folder's accounts again and selects {@code address} (null: keep the selection). */
	private void refresh(String address) {
		if (accounts == null || accounts.isDisposed()) {
			return;
		}
		String select = address != null ? address : selected();
		accounts.removeAll();
		if (SettingChecks.keystoreFolder(folder.getText()).isEmpty()) {
			try {
				for (String account : keystore().addresses()) {
					TableItem item = new TableItem(accounts, SWT.NONE);
					item.setText(new String[] { account,
							StudioPreferences.password(account).isPresent() ? "remembered" : "" });
					if (account.equalsIgnoreCase(select)) {
						accounts.setSelection(item);
					}
				}
			} catch (RuntimeException e) {
				status.setText(e.getMessage());
			}
		}
		selectionChanged();
	}

	private void selectionChanged() {
		boolean any = selected() != null;
		rememberButton.setEnabled(any);
		forget.setEnabled(any && StudioPreferences.password(selected()).isPresent());
	}

	/** The selected account's address, or null. */
	public String selected() {
		return accounts.getSelectionCount() == 0 ? null : accounts.getSelection()[0].getText(0);
	}

	/** The addresses listed, in order. */
	public List<String> listed() {
		return Arrays.stream(accounts.getItems()).map(i -> i.getText(0)).toList();
	}

	private void newAccount() {
		NewAccountDialog dialog = new NewAccountDialog(getShell());
		if (dialog.open() == Window.OK) {
			createAccount(dialog.password(), dialog.remember());
		}
	}

	/** Creates a key with {@code password} in a job; the new account is listed and selected when it is done. */
	public Job createAccount(char[] password, boolean remember) {
		Keystore keystore = keystore();
		return inBackground("Creating a key in " + keystore.folder(), monitor -> {
			String address = keystore.create(password);
			if (remember) {
				StudioPreferences.rememberPassword(address, password);
			}
			Arrays.fill(password, '\0');
			return address;
		}, address -> "Created " + address + ".");
	}

	private void rememberPassword() {
		String address = selected();
		InputDialog dialog = new InputDialog(getShell(), "Remember Password", "The password of " + address
				+ " (it is checked against the key first):", "", text -> text.isEmpty() ? "Enter the password." : null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		if (dialog.open() == IDialogConstants.OK_ID) {
			char[] password = dialog.getValue().toCharArray();
			Keystore keystore = keystore();
			inBackground("Checking the password of " + address, monitor -> {
				Account unlocked = keystore.unlock(address, password); // a wrong password fails here
				StudioPreferences.rememberPassword(address, password);
				Arrays.fill(password, '\0');
				return unlocked.address();
			}, a -> "The password of " + a + " is remembered in secure storage.");
		}
	}

	/** Runs {@code work} in a job, then lists the accounts again selecting its result and says {@code done}. */
	private Job inBackground(String name, KeyWork work, java.util.function.Function<String, String> done) {
		status.setText(name + " ...");
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			String result;
			try {
				result = work.run(monitor);
			} catch (RuntimeException e) {
				showStatus(e.getMessage(), null);
				return Status.error(name + ": " + e.getMessage(), e);
			}
			showStatus(done.apply(result), result);
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private void showStatus(String message, String select) {
		if (status.isDisposed()) {
			return;
		}
		status.getDisplay().asyncExec(() -> {
			if (!status.isDisposed()) {
				status.setText(message);
				refresh(select);
			}
		});
	}

	@FunctionalInterface
	private interface KeyWork {
		String run(IProgressMonitor monitor);
	}

	@Override
	Optional<String> problem() {
		return folder == null ? Optional.empty() : SettingChecks.keystoreFolder(folder.getText());
	}

	@Override
	protected void performDefaults() {
		folder.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		store(StudioPreferences.KEYSTORE, folder);
		StudioPreferences.set(StudioPreferences.ACCOUNT, selected());
		return true;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.allstar.chain.Account;
import org.allstar.chain.ChainException;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.WorkspaceChain;
import org.allstar.market.ui.ChainAccess;
import org.allstar.market.ui.ChainJob;
import org.allstar.market.ui.Forms;
import org.allstar.market.ui.PasswordDialog;
import org.allstar.market.ui.WorkbenchJobs;
import org.allstar.market.ui.views.CatalogueView;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Register participant: an account (one of the keystore's, or a new key) joins the knowledge mesh under a name with
 * the roles the KnowledgeMesh contract knows. The registration runs in a Job after Finish.
 */
public final class RegisterParticipantWizard extends Wizard {
	/** The Combo entry that creates a key. */
	static final String NEW_KEY = "New key...";
	private final Page page = new Page();
	private ChainJob<String> job;

	public RegisterParticipantWizard() {
		setWindowTitle("Register Participant");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String address = page.account.getText();
		char[] password = null;
		boolean remember = false;
		if (NEW_KEY.equals(address)) {
			PasswordDialog dialog = PasswordDialog.forNewKey(getShell(), StudioPreferences.keystoreFolder().toString());
			if (dialog.open() != PasswordDialog.OK) return false;
			password = dialog.password();
			remember = dialog.rememberIt();
		}
		int roles = page.roles();
		String name = page.name.getText().strip();
		char[] newPassword = password;
		boolean rememberIt = remember;
		job = new ChainJob<>("Registering " + name + " in the knowledge mesh", true, (chain, monitor) -> {
			Account account = newPassword != null ? create(chain, newPassword, rememberIt) : ChainAccess.unlock(chain, address);
			monitor.subTask("registering " + account.address());
			chain.mesh().register(account, roles, name);
			return name + " (" + account.address() + ") registered as " + MeshContracts.roleNames(roles);
		}, WorkbenchJobs.shell(), done -> WorkbenchJobs.succeeded(done, CatalogueView.ID),
				message -> WorkbenchJobs.failed("Register Participant", message));
		job.schedule();
		return true;
	}

	private static Account create(WorkspaceChain chain, char[] password, boolean remember) {
		String address = chain.createAccount(password);
		if (remember) StudioPreferences.rememberPassword(address, password);
		return chain.unlock(address, password);
	}

	/** The job that Finish started (tests join it). */
	public ChainJob<String> job() {
		return job;
	}

	private static final class Page extends WizardPage {
		private Combo account;
		private Text name;
		private final List<Button> roleBoxes = new ArrayList<>();

		Page() {
			super("participant");
			setTitle("Register a participant");
			setDescription("Who you are in the knowledge mesh: a name and roles, bound to a key of the keystore.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			account = Forms.combo(body, "&Account:", "The key that registers (and later signs as this participant); "
					+ "a new key is funded by the local chain");
			List<String> keys = keys();
			keys.forEach(account::add);
			account.add(NEW_KEY);
			String preferred = StudioPreferences.account().orElse(keys.isEmpty() ? NEW_KEY : keys.get(0));
			account.select(Math.max(0, account.indexOf(preferred)));
			name = Forms.text(body, "&Name:", "The participant's name, as the model names it (e.g. MogMedia, AwsFrankfurt)");
			new Label(body, SWT.NONE).setText("Roles:");
			Composite boxes = new Composite(body, SWT.NONE);
			boxes.setLayout(new GridLayout(MeshContracts.ROLE_NAMES.size(), false));
			boxes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			for (String role : MeshContracts.ROLE_NAMES) {
				Button box = new Button(boxes, SWT.CHECK);
				box.setText("&" + role);
				box.setToolTipText("The KnowledgeMesh role '" + role + "'");
				box.setData(role);
				box.addListener(SWT.Selection, e -> validate());
				roleBoxes.add(box);
			}
			Forms.note(body, "Keys live encrypted (standard scrypt) in " + StudioPreferences.keystoreFolder()
					+ ". Registering is a transaction of the account; on the workspace's local chain it costs test ether only.");
			name.addModifyListener(e -> validate());
			setControl(body);
			validate();
		}

		private static List<String> keys() {
			try {
				return new org.allstar.chain.Keystore(StudioPreferences.keystoreFolder()).addresses();
			} catch (ChainException e) {
				return List.of();
			}
		}

		int roles() {
			return roleBoxes.stream().filter(Button::getSelection).mapToInt(b -> MeshContracts.role((String) b.getData())).sum();
		}

		private void validate() {
			String problem = name.getText().isBlank() ? "Enter the participant's name."
					: roles() == 0 ? "Choose at least one role." : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}

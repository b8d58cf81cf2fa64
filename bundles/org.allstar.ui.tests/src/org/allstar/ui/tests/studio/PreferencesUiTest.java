// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.allstar.chain.Keystore;
import org.allstar.ui.preferences.KeystorePreferencePage;
import org.allstar.ui.preferences.StudioPreferences;
import org.allstar.ui.tests.TestSecureStorage;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Window > Preferences > ALLSTAR in a running workbench: each page refuses invalid input (OK disabled, the reason in
 * the header) and stores valid input in StudioPreferences, as a user would set it. Screenshots go to target/.
 */
class PreferencesUiTest {
	private PreferenceDialog dialog;

	@BeforeAll
	static void privateSecureStorage() throws Exception {
		StudioPreferences.useSecureStorage(TestSecureStorage.open());
	}

	@AfterAll
	static void defaultSecureStorage() {
		StudioPreferences.useSecureStorage(null);
	}

	@AfterEach
	void closeAndReset() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		for (String key : new String[] { StudioPreferences.CHAIN_URL, StudioPreferences.KEYSTORE, StudioPreferences.ACCOUNT,
				StudioPreferences.ENGINE_CERTIFICATES, StudioPreferences.KUBECONFIG, StudioPreferences.PLANNER_OBJECTIVE,
				StudioPreferences.PLANNER_TIME_LIMIT }) {
			StudioPreferences.set(key, null);
		}
	}

	private PreferencePage open(String pageId) {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				pageId, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (PreferencePage) dialog.getSelectedPage();
	}

	private Button ok() {
		return Ui.dialogButton(dialog.getShell(), IDialogConstants.OK_ID);
	}

	private <T extends org.eclipse.swt.widgets.Control> T field(PreferencePage page, String key, Class<T> type) {
		return Ui.find(page.getControl(), key, type);
	}

	@Test
	void chainNetworkIsValidatedAndStored() {
		PreferencePage page = open("org.allstar.ui.preferences.chain");
		Ui.press(field(page, "chain.network", Button.class));
		Text url = field(page, StudioPreferences.CHAIN_URL, Text.class);
		url.setText("127.0.0.1:8545");
		assertFalse(page.isValid(), "no scheme");
		assertFalse(ok().isEnabled());
		assertTrue(page.getErrorMessage().contains("http://"), page.getErrorMessage());
		url.setText("http://127.0.0.1:8545");
		assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
		Ui.press(ok());
		assertEquals("http://127.0.0.1:8545", StudioPreferences.chainUrl().orElseThrow());

		page = open("org.allstar.ui.preferences.chain");
		assertEquals("http://127.0.0.1:8545", field(page, StudioPreferences.CHAIN_URL, Text.class).getText(), "shown again");
		Ui.press(field(page, "chain.local", Button.class));
		Ui.press(ok());
		assertTrue(StudioPreferences.chainUrl().isEmpty(), "back to the local chain");
	}

	@Test
	void plannerWeightsAndOrderBecomeAnObjectiveThePlannerParses() {
		PreferencePage page = open("org.allstar.ui.preferences.planner");
		field(page, "planner.weight.price", Text.class).setText("2");
		field(page, "planner.weight.latency", Text.class).setText("0.5");
		field(page, "planner.weight.energy", Text.class).setText("0");
		field(page, "planner.weight.risk", Text.class).setText("-1");
		assertFalse(page.isValid(), "a negative weight");
		field(page, "planner.weight.risk", Text.class).setText("10");
		field(page, StudioPreferences.PLANNER_TIME_LIMIT, Text.class).setText("0");
		assertFalse(page.isValid(), "a time limit of 0 s");
		field(page, StudioPreferences.PLANNER_TIME_LIMIT, Text.class).setText("12");
		assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
		assertEquals("Objective: price=2,latency=0.5,risk=10",
				field(page, StudioPreferences.PLANNER_OBJECTIVE, Label.class).getText());
		Ui.screenshot("preferences-planner.png");
		Ui.press(ok());
		assertEquals("price=2,latency=0.5,risk=10", StudioPreferences.plannerObjective().orElseThrow());
		assertEquals(Duration.ofSeconds(12), StudioPreferences.plannerTimeLimit());

		page = open("org.allstar.ui.preferences.planner");
		Ui.press(field(page, "planner.lexicographic", Button.class));
		field(page, "planner.order", Text.class).setText("latency>speed");
		assertFalse(page.isValid(), "an unknown term");
		assertTrue(page.getErrorMessage().contains("speed"), page.getErrorMessage());
		field(page, "planner.order", Text.class).setText("latency>price");
		Ui.press(ok());
		assertEquals("latency>price", StudioPreferences.plannerObjective().orElseThrow());
		assertTrue(org.allstar.plan.Objective.parse(StudioPreferences.plannerObjective().orElseThrow()).lexicographic());
	}

	@Test
	void engineCredentialsMustExist() throws Exception {
		Path certificates = Files.createTempDirectory("allstar-certs");
		Path kubeconfig = Files.createTempFile("allstar-kubeconfig", "");
		PreferencePage page = open("org.allstar.ui.preferences.engines");
		field(page, StudioPreferences.ENGINE_CERTIFICATES, Text.class).setText(certificates.toString());
		assertFalse(page.isValid(), "a folder without certificates");
		assertTrue(page.getErrorMessage().contains("ca.pem"), page.getErrorMessage());
		for (String file : new String[] { "ca.pem", "cert.pem", "key.pem" }) {
			Files.writeString(certificates.resolve(file), "-----BEGIN CERTIFICATE-----\n");
		}
		field(page, StudioPreferences.ENGINE_CERTIFICATES, Text.class).setText(certificates.toString());
		field(page, StudioPreferences.KUBECONFIG, Text.class).setText(kubeconfig + ".missing");
		assertFalse(page.isValid(), "a kubeconfig that does not exist");
		field(page, StudioPreferences.KUBECONFIG, Text.class).setText(kubeconfig.toString());
		assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
		Ui.press(ok());
		assertEquals(certificates, StudioPreferences.engineCertificates().orElseThrow());
		assertEquals(kubeconfig, StudioPreferences.kubeconfig().orElseThrow());
	}

	@Test
	void aNewAccountIsCreatedInTheKeystoreAndChosenToSign() throws Exception {
		Path keys = Files.createTempDirectory("allstar-keys");
		KeystorePreferencePage page = (KeystorePreferencePage) open("org.allstar.ui.preferences.keystore");
		field(page, StudioPreferences.KEYSTORE, Text.class).setText("relative/keys");
		assertFalse(page.isValid(), "a relative folder");
		field(page, StudioPreferences.KEYSTORE, Text.class).setText(keys.toString());
		assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
		assertEquals(0, page.listed().size());
		page.createAccount("correct horse battery".toCharArray(), true); // scrypt: a few seconds, in a job
		Ui.waitUntil("the new account listed", () -> page.listed().size() == 1);
		String address = page.listed().get(0);
		assertEquals(address, page.selected(), "the new account is selected");
		assertEquals(new Keystore(keys).addresses(), page.listed(), "read from the keystore folder");
		Table table = field(page, StudioPreferences.ACCOUNT, Table.class);
		assertEquals("remembered", table.getItem(0).getText(1));
		Ui.screenshot("preferences-keystore.png");
		Ui.press(ok());
		assertEquals(keys, StudioPreferences.keystoreFolder());
		assertEquals(address, StudioPreferences.account().orElseThrow());
		assertArrayEquals("correct horse battery".toCharArray(), StudioPreferences.password(address).orElseThrow());
		StudioPreferences.forgetPassword(address);
	}
}

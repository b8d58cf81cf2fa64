// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.market;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.allstar.chain.WorkspaceChain;
import org.allstar.market.ui.ChainAccess;
import org.allstar.ui.preferences.StudioPreferences;
import org.allstar.ui.tests.TestSecureStorage;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * The world of the market UI tests: the workspace's own local chain (a real anvil, started as the studio starts it),
 * a temporary keystore with a provider, a customer and three staked witnesses (their passwords in a test secure
 * storage), and a project with the MOG example whose AwsFrankfurt and MogMedia wallets are those keys.
 */
final class MarketFixture {
	static final char[] PASSWORD = "correct horse battery".toCharArray();

	final String provider;
	final String customer;
	final IProject project;

	private MarketFixture(String provider, String customer, IProject project) {
		this.provider = provider;
		this.customer = customer;
		this.project = project;
	}

	static MarketFixture create() throws Exception {
		StudioPreferences.useSecureStorage(TestSecureStorage.open());
		Path keys = Files.createTempDirectory("allstar-keys");
		StudioPreferences.set(StudioPreferences.KEYSTORE, keys.toString());
		StudioPreferences.set(StudioPreferences.CHAIN_URL, null);
		stopChain();
		deleteTree(StudioPreferences.workspaceFolder("chain"));
		List<String> made = new ArrayList<>();
		try (WorkspaceChain chain = ChainAccess.open(true, line -> System.out.println("chain: " + line))) {
			for (int i = 0; i < 5; i++) {
				String address = chain.createAccount(PASSWORD);
				StudioPreferences.rememberPassword(address, PASSWORD);
				made.add(address);
			}
			for (String witness : made.subList(2, 5)) {
				chain.pool().join(chain.unlock(witness, PASSWORD), WorkspaceChain.MIN_WITNESS_STAKE);
			}
		}
		StudioPreferences.set(StudioPreferences.ACCOUNT, made.get(1));
		return new MarketFixture(made.get(0), made.get(1), mogProject(made.get(0), made.get(1)));
	}

	Path folder() {
		return project.getLocation().toPath();
	}

	static void stopChain() {
		try (WorkspaceChain chain = ChainAccess.open(false, line -> { })) {
			chain.stopLocalNode();
		}
	}

	void dispose() throws CoreException {
		stopChain();
		project.delete(true, true, null);
		StudioPreferences.set(StudioPreferences.KEYSTORE, null);
		StudioPreferences.set(StudioPreferences.ACCOUNT, null);
		StudioPreferences.useSecureStorage(null);
	}

	private static IProject mogProject(String provider, String customer) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("mog-market");
		if (project.exists()) project.delete(true, true, null);
		project.create(null);
		project.open(null);
		Path examples = Path.of(System.getProperty("allstar.test.examples")).resolve("mog-live");
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file);
				text = replaceWallet(text, "provider AwsFrankfurt", provider);
				text = replaceWallet(text, "participant MogMedia", customer);
				project.getFile(file.getFileName().toString()).create(
						new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
			}
		}
		return project;
	}

	private static String replaceWallet(String text, String owner, String wallet) {
		int at = text.indexOf(owner);
		if (at < 0) return text;
		int w = text.indexOf("wallet ", at) + "wallet ".length();
		return text.substring(0, w) + wallet + text.substring(w + 42);
	}

	private static void deleteTree(Path dir) throws Exception {
		if (!Files.exists(dir)) return;
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
		}
	}
}

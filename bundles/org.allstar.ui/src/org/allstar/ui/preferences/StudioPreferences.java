// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The one place where the studio's settings live and are read: every wizard, view and preference page goes
 * through here. Plain settings are instance-scope preferences of {@value #NODE}; keystore passwords live only in
 * Eclipse secure storage, never in a preference or a file of ours. State the studio shares with the command line
 * (the local chain, keys, monitor series) sits under {@code <workspace>/.allstar/}, as {@code allstar --workspace}
 * expects.
 */
public final class StudioPreferences {

	/** The preference node (the bundle's symbolic name). */
	public static final String NODE = "org.allstar.ui";

	/** JSON-RPC URL of the chain; empty: the workspace's local chain, started by the studio when needed. */
	public static final String CHAIN_URL = "chain.url";
	/** Folder of encrypted keys; empty: {@code <workspace>/.allstar/chain/keys}, the command line's default. */
	public static final String KEYSTORE = "keystore.folder";
	/** The account that signs, as an address; empty: the first key of the keystore. */
	public static final String ACCOUNT = "keystore.account";
	/** Client certificates (ca.pem, cert.pem, key.pem) for Docker engines reached over TLS; empty: the default. */
	public static final String ENGINE_CERTIFICATES = "engines.certificates";
	/** Kubeconfig for Kubernetes endpoints; empty: KUBECONFIG or ~/.kube/config. */
	public static final String KUBECONFIG = "engines.kubeconfig";
	/** The planner's objective in the syntax of {@code allstar plan --objective}; empty: the planner's default. */
	public static final String PLANNER_OBJECTIVE = "planner.objective";
	/** The planner's time limit in seconds. */
	public static final String PLANNER_TIME_LIMIT = "planner.timeLimit";
	/** Default of {@link #PLANNER_TIME_LIMIT}. */
	public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

	/** Whether this workspace has shown the welcome page once (it opens by itself on the first start only). */
	public static final String WELCOME_SHOWN = "welcome.shown";

	private static final String SECURE_NODE = "/org.allstar.ui/keystore";

	/** Secure storage; null: the platform's default (its password provider asks for the master password). */
	private static volatile ISecurePreferences secureStorage;

	private StudioPreferences() {
	}

	/** The node that preference pages edit and listeners watch. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The chain to use: a JSON-RPC URL, or empty for the workspace's local chain. */
	public static Optional<String> chainUrl() {
		return text(CHAIN_URL);
	}

	/** {@code <workspace>/.allstar/<part>}: the folder the command line uses for the same state. */
	public static Path workspaceFolder(String part) {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(".allstar").resolve(part);
	}

	/** The folder of encrypted keys. */
	public static Path keystoreFolder() {
		return text(KEYSTORE).map(Path::of).orElseGet(() -> workspaceFolder("chain").resolve("keys"));
	}

	/** The signing account's address, if the user chose one. */
	public static Optional<String> account() {
		return text(ACCOUNT);
	}

	public static Optional<Path> engineCertificates() {
		return text(ENGINE_CERTIFICATES).map(Path::of);
	}

	public static Optional<Path> kubeconfig() {
		return text(KUBECONFIG).map(Path::of);
	}

	/** The objective text for {@code org.allstar.plan.Objective.parse}, if the user set one. */
	public static Optional<String> plannerObjective() {
		return text(PLANNER_OBJECTIVE);
	}

	public static Duration plannerTimeLimit() {
		return Duration.ofSeconds(Math.max(1, node().getInt(PLANNER_TIME_LIMIT, DEFAULT_TIME_LIMIT_SECONDS)));
	}

	public static boolean welcomeShown() {
		return node().getBoolean(WELCOME_SHOWN, false);
	}

	public static void setWelcomeShown() {
		set(WELCOME_SHOWN, "true");
	}

	/** Sets a plain setting (empty or null removes it) and flushes it to disk. */
	public static void set(String key, String value) {
		if (value == null || value.isBlank()) {
			node().remove(key);
		} else {
			node().put(key, value.strip());
		}
		flush();
	}

	/** The keystore password remembered for {@code address} in secure storage, if any. */
	public static Optional<char[]> password(String address) {
		try {
			String value = secure().node(key(address)).get("password", null);
			return Optional.ofNullable(value).map(String::toCharArray);
		} catch (StorageException e) {
			throw new IllegalStateException("Cannot read the password of " + address + " from secure storage: "
					+ e.getMessage() + ". Check Preferences > General > Security > Secure Storage.", e);
		}
	}

	/** Remembers the keystore password of {@code address} in secure storage, encrypted. */
	public static void rememberPassword(String address, char[] password) {
		try {
			ISecurePreferences node = secure().node(key(address));
			node.put("password", new String(password), true);
			node.flush();
		} catch (StorageException | java.io.IOException e) {
			throw new IllegalStateException("Cannot store the password of " + address + " in secure storage: "
					+ e.getMessage(), e);
		}
	}

	/** Forgets the remembered password of {@code address}. */
	public static void forgetPassword(String address) {
		ISecurePreferences root = secure();
		if (root.nodeExists(key(address))) {
			root.node(key(address)).removeNode();
			try {
				root.flush();
			} catch (java.io.IOException e) {
				throw new IllegalStateException("Cannot update secure storage: " + e.getMessage(), e);
			}
		}
	}

	/**
	 * Uses {@code root} (opened with {@link SecurePreferencesFactory#open}) instead of the default secure storage:
	 * for tests and unattended runs, where nobody can answer the master-password prompt. Null restores the default.
	 */
	public static void useSecureStorage(ISecurePreferences root) {
		secureStorage = root;
	}

	private static ISecurePreferences secure() {
		ISecurePreferences root = secureStorage != null ? secureStorage : SecurePreferencesFactory.getDefault();
		if (root == null) {
			throw new IllegalStateException("Eclipse secure storage is not available; the keystore password cannot be remembered");
		}
		return root.node(SECURE_NODE);
	}

	/** Secure storage node names may not contain '/'; addresses never do, but be safe with what users type. */
	private static String key(String address) {
		return address.toLowerCase(java.util.Locale.ROOT).replace('/', '_');
	}

	private static Optional<String> text(String key) {
		return Optional.ofNullable(node().get(key, null)).map(String::strip).filter(s -> !s.isEmpty());
	}

	private static void flush() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("Cannot save the ALLSTAR preferences: " + e.getMessage(), e);
		}
	}
}

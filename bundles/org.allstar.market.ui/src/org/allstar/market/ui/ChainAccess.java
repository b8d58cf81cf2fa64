// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import java.util.function.Consumer;

import org.allstar.chain.Account;
import org.allstar.chain.ChainException;
import org.allstar.chain.WorkspaceChain;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The studio's {@link WorkspaceChain}, from the settings in {@link StudioPreferences}: the workspace's chain folder
 * (shared with {@code allstar --workspace}), the chain URL (empty: the local chain), the keystore folder and account.
 * Call from a Job, never from the UI thread: connecting, starting the node and unlocking take time.
 */
public final class ChainAccess {
	private ChainAccess() {
	}

	/** A connection for one action; {@code startLocal} false for views that only read (no node started for them). */
	public static WorkspaceChain open(boolean startLocal, Consumer<String> log) {
		return new WorkspaceChain(StudioPreferences.workspaceFolder("chain"), StudioPreferences.keystoreFolder(),
				StudioPreferences.chainUrl().orElse(null), startLocal, log);
	}

	/** The signing account: the one chosen in the preferences, else the keystore's first key. */
	public static String account(WorkspaceChain chain) {
		return StudioPreferences.account().orElseGet(chain::defaultAddress);
	}

	/**
	 * Unlocks {@code address}: with its remembered password, else one asked in a dialog. A remembered password that
	 * no longer opens the key is forgotten, so the next attempt asks again.
	 */
	public static Account unlock(WorkspaceChain chain, String address) {
		var remembered = StudioPreferences.password(address);
		char[] password = remembered.orElseGet(() -> PasswordDialog.ask(address, chain.keystore().folder().toString()));
		if (password == null) throw new OperationCanceledException();
		try {
			return chain.unlock(address, password);
		} catch (ChainException e) {
			if (remembered.isPresent()) StudioPreferences.forgetPassword(address);
			throw e;
		}
	}
}

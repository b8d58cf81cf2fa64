// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.nio.file.Files;

import org.allstar.chain.WorkspaceChain;
import org.allstar.market.ChainReputation;
import org.allstar.ui.preferences.StudioPreferences;
import org.allstar.verify.ReputationSource;

/**
 * Provider reputations for the Plan Capacity wizard, as {@code allstar plan --chain} gives them: from the chain of
 * the preferences (a JSON-RPC URL, or the workspace's local chain when it runs) where ALLSTAR's contracts are
 * recorded; otherwise none, and the risk term counts every provider as unknown. Reading starts no node and deploys
 * nothing; the chain is first contacted by the planner's job, not here on the UI thread.
 */
final class StudioReputations {
	private StudioReputations() {
	}

	/** The reputations to plan with; close the result when the wizard is done (it may hold a connection). */
	static ReputationSource fromPreferences() {
		WorkspaceChain chain = new WorkspaceChain(StudioPreferences.workspaceFolder("chain"),
				StudioPreferences.keystoreFolder(), StudioPreferences.chainUrl().orElse(null), false, line -> { });
		boolean reachable = StudioPreferences.chainUrl().isPresent() || chain.runningNode().isPresent();
		if (!reachable || !Files.exists(chain.contractsFile())) {
			chain.close();
			return ReputationSource.NONE;
		}
		return new ChainReputation(chain);
	}

	static void close(ReputationSource reputations) {
		if (reputations instanceof AutoCloseable closeable) {
			try {
				closeable.close();
			} catch (Exception e) {
				// the connection was only read from; nothing is lost when closing it fails
			}
		}
	}
}

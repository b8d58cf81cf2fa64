// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.allstar.chain.ContractAddresses;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.WorkspaceChain;
import org.allstar.model.Provider;
import org.allstar.verify.ReputationSource;

/**
 * Provider reputations for the verifier and the planner, from the chain: the standard Beta auditor over the
 * settlements and feedback, for the provider's wallet, as of the latest block. Read once, on first use (so a
 * planner's job, not the caller, pays for it). The command line's {@code plan --chain} and the IDE's Plan Capacity
 * wizard both use it; closing it closes the chain it was given.
 */
public final class ChainReputation implements ReputationSource, AutoCloseable {
    private final WorkspaceChain workspace;
    private Catalogue catalogue;
    private List<SlaContracts.Settlement> settlements;
    private long now;

    /** {@code workspace} should be a reader (startLocal false): reputations never start a node or deploy contracts. */
    public ChainReputation(WorkspaceChain workspace) {
        this.workspace = workspace;
    }

    @Override
    public Optional<BigDecimal> reputationOf(Provider provider) {
        if (provider.getWallet() == null || provider.getWallet().isBlank()) return Optional.empty();
        if (catalogue == null) {
            ContractAddresses contracts = workspace.contracts();
            catalogue = Catalogue.of(new MeshContracts(workspace.tx(), contracts).history());
            settlements = new SlaContracts(workspace.tx(), contracts).settlements();
            now = workspace.chain().now();
        }
        double score = ReputationAuditor.standard().score(provider.getWallet(), settlements, catalogue.feedback(), now).value();
        return Optional.of(BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_EVEN));
    }

    @Override
    public String describe() {
        return "the chain at " + workspace.chain().url();
    }

    @Override
    public void close() {
        workspace.close();
    }
}

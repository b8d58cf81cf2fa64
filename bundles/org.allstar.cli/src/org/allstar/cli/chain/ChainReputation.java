// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.allstar.chain.ContractAddresses;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.market.Catalogue;
import org.allstar.market.ReputationAuditor;
import org.allstar.model.Provider;
import org.allstar.verify.ReputationSource;

/**
 * Provider reputations for the verifier and the planner, from the chain: the standard Beta auditor over the
 * settlements and feedback, for the provider's wallet, as of the latest block. Read once, on first use.
 * {@code where} is a workspace folder (its local chain) or a JSON-RPC URL.
 */
public final class ChainReputation implements ReputationSource, AutoCloseable {
    private final ChainSession session;
    private Catalogue catalogue;
    private List<SlaContracts.Settlement> settlements;
    private long now;

    private ChainReputation(ChainSession session) {
        this.session = session;
    }

    public static ChainReputation of(String where, PrintStream err) {
        boolean url = where.matches("(?i)(https?|wss?)://.*");
        Args args = new Args(List.of(url ? "--rpc" : "--workspace", where), ChainSession.OPTIONS, Set.of());
        return new ChainReputation(new ChainSession(args, err, false)); // reads only: starts and deploys nothing
    }

    @Override
    public Optional<BigDecimal> reputationOf(Provider provider) {
        if (provider.getWallet() == null || provider.getWallet().isBlank()) return Optional.empty();
        if (catalogue == null) {
            ContractAddresses contracts = session.workspace().contracts();
            catalogue = Catalogue.of(new MeshContracts(session.workspace().tx(), contracts).history());
            settlements = new SlaContracts(session.workspace().tx(), contracts).settlements();
            now = session.workspace().chain().now();
        }
        double score = ReputationAuditor.standard().score(provider.getWallet(), settlements, catalogue.feedback(), now).value();
        return Optional.of(BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_EVEN));
    }

    @Override
    public String describe() {
        return "the chain at " + session.workspace().chain().url();
    }

    @Override
    public void close() {
        session.close();
    }
}

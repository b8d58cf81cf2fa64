// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

import org.allstar.chain.ChainException;
import org.allstar.chain.ContractAddresses;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.cli.chain.ChainCommands.Command;
import org.allstar.market.Catalogue;
import org.allstar.market.ReputationAuditor;

/** allstar reputation PROVIDER: the Beta reputation from the chain's history, with the evidence it used. */
final class ReputationAction {
    private ReputationAction() {
    }

    static Command command() {
        return Command.of(ReputationAction::run, "forgetting", "period-days");
    }

    private static int run(Args args, ChainSession session, PrintStream out, PrintStream err) {
        String who = args.positional(0, "PROVIDER");
        ContractAddresses contracts = session.workspace().contracts();
        Catalogue catalogue = Catalogue.of(new MeshContracts(session.workspace().tx(), contracts).history());
        String address = who.startsWith("0x") ? who : catalogue.participantNamed(who).map(Catalogue.Participant::address)
                .orElseThrow(() -> new ChainException("no participant named " + who + " in the knowledge mesh; give an address"));
        ReputationAuditor auditor = new ReputationAuditor(Double.parseDouble(args.get("forgetting",
                Double.toString(ReputationAuditor.DEFAULT_FORGETTING))), Long.parseLong(args.get("period-days", "30")) * 86400);
        long now = session.workspace().chain().now();
        var score = auditor.score(address, new SlaContracts(session.workspace().tx(), contracts).settlements(), catalogue.feedback(), now);
        out.printf(Locale.ROOT, "%s (%s): reputation %.4f%n", MarketActions.name(catalogue, address), address, score.value());
        out.printf(Locale.ROOT, "evidence for %.4f, against %.4f; forgetting %.2f per %d days, at block time %s%n",
                score.positive(), score.negative(), auditor.forgetting(), auditor.periodSeconds() / 86400,
                Instant.ofEpochSecond(now));
        for (ReputationAuditor.Evidence e : score.evidence()) {
            out.printf(Locale.ROOT, "  %s  +%.2f -%.2f  %s%n", Instant.ofEpochSecond(e.time()), e.positive(), e.negative(), e.what());
        }
        return 0;
    }
}

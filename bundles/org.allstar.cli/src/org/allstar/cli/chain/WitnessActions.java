// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allstar.chain.Amounts;
import org.allstar.chain.Account;
import org.allstar.chain.TextHash;
import org.allstar.chain.WitnessContracts;
import org.allstar.chain.WitnessVotes;
import org.allstar.cli.chain.ChainCommands.Command;

/**
 * allstar witness join|tasks|report|reveal|online|offline|leave|fees. A vote's nonce is the witness's secret
 * until the reveal; it is kept in the workspace (votes/, readable by the owner only), written before the
 * commitment is sent, so a crash between the two never loses the vote.
 */
final class WitnessActions {
    private WitnessActions() {
    }

    static Command command(String sub) {
        return switch (sub) {
            case "join" -> Command.of(WitnessActions::join, "stake");
            case "tasks" -> Command.of(WitnessActions::tasks);
            case "report" -> Command.of(WitnessActions::report, "evidence").withSwitches("violated", "met");
            case "reveal" -> Command.of(WitnessActions::reveal);
            case "online" -> Command.of((a, s, o, e) -> simple(s, o, "online", pool(s)::goOnline));
            case "offline" -> Command.of((a, s, o, e) -> simple(s, o, "offline", pool(s)::goOffline));
            case "leave" -> Command.of((a, s, o, e) -> simple(s, o, "left the pool, stake returned", pool(s)::leave));
            case "fees" -> Command.of((a, s, o, e) -> simple(s, o, "fees withdrawn", pool(s)::withdrawFees));
            default -> null;
        };
    }

    static WitnessContracts pool(ChainSession session) {
        return session.workspace().pool();
    }

    private interface Operation {
        org.allstar.chain.Transactions.Receipt on(Account witness);
    }

    private static int simple(ChainSession session, PrintStream out, String done, Operation op) {
        Account witness = session.account();
        var receipt = op.on(witness);
        out.println(witness.address() + ": " + done + " (" + ChainCommands.sent(receipt) + ")");
        return 0;
    }

    private static int join(Args args, ChainSession session, PrintStream out, PrintStream err) {
        Account witness = session.account();
        var receipt = pool(session).join(witness, Amounts.wei(args.get("stake", "0.1ETH")));
        out.println(witness.address() + ": joined the witness pool and is online (" + ChainCommands.sent(receipt) + ")");
        return 0;
    }

    private static int tasks(Args args, ChainSession session, PrintStream out, PrintStream err) {
        String address = session.address();
        WitnessContracts.Witness w = pool(session).witness(address);
        out.println(address + ": stake " + Amounts.ether(w.stake()) + ", fees " + Amounts.ether(w.fees()) + ", committees "
                + w.tasks() + " settled, " + w.agreed() + " agreed with the outcome" + (w.online() ? ", online" : ", offline"));
        for (WitnessVotes.Seat seat : session.workspace().witnessVotes().seats(address)) {
            out.println(seat.agreement() + "  " + seat.state().phase().name().toLowerCase() + "  seat " + (seat.index() + 1) + " of "
                    + seat.state().committee().size() + "  " + seat.progress());
        }
        return 0;
    }

    private static int report(Args args, ChainSession session, PrintStream out, PrintStream err) throws IOException {
        String agreement = args.positional(0, "AGREEMENT");
        if (args.has("violated") == args.has("met")) throw new IllegalArgumentException("say --violated or --met");
        boolean violated = args.has("violated");
        byte[] evidence = args.has("evidence") ? TextHash.of(Files.readString(Path.of(args.get("evidence")))) : new byte[32];
        Account witness = session.account();
        WitnessVotes votes = session.workspace().witnessVotes();
        Boolean kept = votes.keptVote(agreement, witness.address()); // a report resumed after a crash: the same vote
        var step = votes.commit(witness, agreement, violated, evidence);
        boolean sent = kept != null ? kept : violated;
        out.println("committed a " + (sent ? "violation" : "no-violation") + " vote on " + agreement + " ("
                + ChainCommands.sent(step.receipt()) + "); reveal it with: allstar witness reveal " + agreement);
        return 0;
    }

    private static int reveal(Args args, ChainSession session, PrintStream out, PrintStream err) {
        String agreement = args.positional(0, "AGREEMENT");
        var step = session.workspace().witnessVotes().reveal(session.account(), agreement);
        out.println("revealed the vote on " + agreement + " (" + ChainCommands.sent(step.receipt()) + ")");
        SlaActions.print(SlaActions.slas(session).state(agreement), out);
        return 0;
    }

}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

import org.allstar.chain.WorkspaceChain;
import org.allstar.chain.Amounts;
import org.allstar.chain.Account;
import org.allstar.chain.AgreementState;
import org.allstar.chain.ChainException;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.TextHash;
import org.allstar.chain.WitnessContracts;
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
        WitnessContracts pool = pool(session);
        WitnessContracts.Witness w = pool.witness(address);
        out.println(address + ": stake " + Amounts.ether(w.stake()) + ", fees " + Amounts.ether(w.fees()) + ", committees "
                + w.tasks() + " settled, " + w.agreed() + " agreed with the outcome" + (w.online() ? ", online" : ", offline"));
        SlaContracts slas = SlaActions.slas(session);
        for (WitnessContracts.Task task : pool.tasks(address)) {
            AgreementState s = slas.state(task.agreement());
            int index = s.indexOf(address);
            boolean revealed = (s.revealMask() & (1 << index)) != 0;
            boolean committed = Files.exists(voteFile(session, task.agreement(), address));
            out.println(task.agreement() + "  " + s.phase().name().toLowerCase() + "  seat " + (index + 1) + " of "
                    + s.committee().size() + "  " + (revealed ? "revealed" : committed ? "committed, to reveal" : "to report"));
        }
        return 0;
    }

    private static int report(Args args, ChainSession session, PrintStream out, PrintStream err) throws IOException {
        String agreement = args.positional(0, "AGREEMENT");
        if (args.has("violated") == args.has("met")) throw new IllegalArgumentException("say --violated or --met");
        boolean violated = args.has("violated");
        byte[] evidence = args.has("evidence") ? TextHash.of(Files.readString(Path.of(args.get("evidence")))) : new byte[32];
        Account witness = session.account();
        Path file = voteFile(session, agreement, witness.address());
        byte[] nonce;
        if (Files.exists(file)) {
            Properties kept = read(file); // a report resumed after a crash: the same vote, the same nonce
            nonce = TextHash.bytes(kept.getProperty("nonce"));
            violated = Boolean.parseBoolean(kept.getProperty("violated"));
            evidence = TextHash.bytes(kept.getProperty("evidence"));
        } else {
            nonce = new byte[32];
            new SecureRandom().nextBytes(nonce);
            Properties vote = new Properties();
            vote.setProperty("violated", Boolean.toString(violated));
            vote.setProperty("evidence", TextHash.hex(evidence));
            vote.setProperty("nonce", TextHash.hex(nonce));
            WorkspaceChain.write(file, vote);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        var step = SlaActions.slas(session).commitVote(witness, agreement, violated, evidence, nonce);
        out.println("committed a " + (violated ? "violation" : "no-violation") + " vote on " + agreement + " ("
                + ChainCommands.sent(step.receipt()) + "); reveal it with: allstar witness reveal " + agreement);
        return 0;
    }

    private static int reveal(Args args, ChainSession session, PrintStream out, PrintStream err) {
        String agreement = args.positional(0, "AGREEMENT");
        Account witness = session.account();
        Path file = voteFile(session, agreement, witness.address());
        if (!Files.exists(file)) throw new ChainException("no committed vote of " + witness.address() + " on " + agreement + " in " + file);
        Properties vote = read(file);
        SlaContracts slas = SlaActions.slas(session);
        var step = slas.revealVote(witness, agreement, Boolean.parseBoolean(vote.getProperty("violated")),
                TextHash.bytes(vote.getProperty("evidence")), TextHash.bytes(vote.getProperty("nonce")));
        out.println("revealed the vote on " + agreement + " (" + ChainCommands.sent(step.receipt()) + ")");
        SlaActions.print(slas.state(agreement), out);
        return 0;
    }

    static Path voteFile(ChainSession session, String agreement, String witness) {
        return session.workspace().votes().resolve(agreement.toLowerCase() + "-" + witness.toLowerCase() + ".properties");
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new ChainException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }
}

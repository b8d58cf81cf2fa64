// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allstar.chain.ChainException;

/**
 * The chain commands of {@code allstar}: chain, account, market, sla, witness, reputation. Each runs one
 * sub-command in a {@link ChainSession}; exit status 0 done, 1 refused or failed (the message says why and what
 * to do), 2 a wrong command line.
 */
public final class ChainCommands {
    public static final Set<String> NAMES = Set.of("chain", "account", "market", "sla", "witness", "reputation");

    /** Loads models for the commands that read ALLSTAR-ML (sla propose, market find). */
    public interface ModelSource {
        org.allstar.lang.load.LoadedModels load(List<String> paths);
    }

    /** One sub-command: the options it takes besides the session's, and what it does. */
    interface Action {
        int run(Args args, ChainSession session, PrintStream out, PrintStream err) throws Exception;
    }

    private final ModelSource models;

    public ChainCommands(ModelSource models) {
        this.models = models;
    }

    public int run(String command, List<String> rest, PrintStream out, PrintStream err) {
        String usage = usage(command);
        String sub = command.equals("reputation") ? "" : rest.isEmpty() ? null : rest.get(0);
        if (sub == null) {
            err.println("allstar " + command + ": which one?");
            err.println(usage);
            return 2;
        }
        List<String> tail = command.equals("reputation") ? rest : rest.subList(1, rest.size());
        Command c = switch (command) {
            case "chain", "account" -> NodeAndAccounts.command(command, sub);
            case "market" -> MarketActions.command(sub, models);
            case "sla" -> SlaActions.command(sub, models);
            case "witness" -> WitnessActions.command(sub);
            default -> ReputationAction.command();
        };
        String name = "allstar " + command + (sub.isEmpty() ? "" : " " + sub);
        if (c == null) {
            err.println(name + ": unknown");
            err.println(usage);
            return 2;
        }
        Args args;
        try {
            Set<String> valued = new HashSet<>(ChainSession.OPTIONS);
            valued.addAll(c.valued());
            args = new Args(tail, valued, c.switches());
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            err.println(usage);
            return 2;
        }
        try (ChainSession session = new ChainSession(args, err)) {
            return c.action().run(args, session, out, err);
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            err.println(usage);
            return 2;
        } catch (ChainException | org.allstar.market.SlaOffer.Unfit e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println(name + ": cannot read " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(name + ": " + e);
            return 1;
        }
    }

    /** A sub-command's options and action. */
    record Command(Set<String> valued, Set<String> switches, Action action) {
        static Command of(Action action, String... valued) {
            return new Command(Set.of(valued), Set.of(), action);
        }

        Command withSwitches(String... names) {
            return new Command(valued, Set.of(names), action);
        }
    }

    /** How a transaction went, for the output: its gas, or that it was sent before for the same operation. */
    static String sent(org.allstar.chain.Transactions.Receipt r) {
        return r.earlier() ? "already done: transaction " + r.hash() + " in block " + r.block() + ", nothing sent now"
                : "gas " + r.gasUsed();
    }

    static String usage(String command) {
        String session = " [--workspace DIR] [--rpc URL] [--from ADDRESS|N] [--password-file FILE]";
        return switch (command) {
            case "chain" -> "usage: allstar chain start|status|stop" + session + "\n"
                    + "       allstar chain deploy --rpc URL --from ADDRESS [--min-stake 0.1ETH] [--warmup-blocks 64]";
            case "account" -> "usage: allstar account new|list" + session;
            case "market" -> "usage: allstar market register --roles provider,customer,witness,operator --name NAME\n"
                    + "       allstar market publish SERVICE --description FILE --endpoint URL --price AMOUNT --availability PERCENT\n"
                    + "       allstar market availability SERVICE PERCENT | withdraw SERVICE | feedback SERVICE RATING [--evidence FILE]\n"
                    + "       allstar market list | find [--kind K] [--region R] [--accelerator A] [--max-price AMOUNT]\n"
                    + "                                  [--min-availability PERCENT] [--min-reputation X]\n"
                    + "       (each also takes" + session + ")";
            case "sla" -> "usage: allstar sla consent|propose SLA [files or folders] --provider NAME [--eur-per-eth RATE]\n"
                    + "                 [--sign-window 7d] [--reveal-window 1d] [--consent SIGNATURE]\n"
                    + "       allstar sla sign|fund|show|settle|withdraw|cancel AGREEMENT\n"
                    + "       allstar sla report AGREEMENT --violated|--met [--evidence FILE]   (a witness's vote, as witness report)\n"
                    + "       (each also takes" + session + ")";
            case "witness" -> "usage: allstar witness join [--stake 0.1ETH] | tasks | online | offline | leave | fees\n"
                    + "       allstar witness report AGREEMENT --violated|--met [--evidence FILE]   (commit the vote)\n"
                    + "       allstar witness reveal AGREEMENT                                    (reveal it)\n"
                    + "       (each also takes" + session + ")";
            default -> "usage: allstar reputation PROVIDER (name or address) [--forgetting 0.9] [--period-days 30]" + session;
        };
    }

    public static void usage(PrintStream out) {
        out.println("  chain start|status|stop the local chain (anvil) of the workspace; deploy on another chain");
        out.println("  account new|list       keys in standard-scrypt keystores (the workspace's .allstar/chain/keys)");
        out.println("  market register|publish|availability|withdraw|feedback|list|find");
        out.println("                         the knowledge mesh: participants, services, discovery");
        out.println("  sla consent|propose|sign|fund|show|report|settle|withdraw|cancel");
        out.println("                         SLA contracts from the model's sla, on the chain");
        out.println("  witness join|tasks|report|reveal|online|offline|leave|fees");
        out.println("                         the witness pool: stake, committees, commit-reveal votes");
        out.println("  reputation PROVIDER    Beta reputation from on-chain history, as anyone recomputes it");
    }
}

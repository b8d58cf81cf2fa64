// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.nio.file.Files;

import org.allstar.chain.Amounts;
import org.allstar.chain.Account;
import org.allstar.chain.Chain;
import org.allstar.chain.ContractAddresses;
import org.allstar.cli.chain.ChainCommands.Command;

/** allstar chain start|status|stop|deploy and allstar account new|list. */
final class NodeAndAccounts {
    private NodeAndAccounts() {
    }

    static Command command(String command, String sub) {
        return switch (command + " " + sub) {
            case "chain start" -> Command.of(NodeAndAccounts::start);
            case "chain status" -> Command.of(NodeAndAccounts::status);
            case "chain stop" -> Command.of(NodeAndAccounts::stop);
            case "chain deploy" -> Command.of(NodeAndAccounts::deploy, "min-stake", "warmup-blocks");
            case "account new" -> Command.of(NodeAndAccounts::newAccount);
            case "account list" -> Command.of(NodeAndAccounts::list);
            default -> null;
        };
    }

    private static int start(Args args, ChainSession session, java.io.PrintStream out, java.io.PrintStream err) {
        Chain chain = session.workspace().chain();
        ContractAddresses contracts = session.workspace().contracts();
        describe(session, chain, contracts, out);
        return 0;
    }

    private static int status(Args args, ChainSession session, java.io.PrintStream out, java.io.PrintStream err) {
        if (ChainSession.rpc(args) == null && session.workspace().runningNode().isEmpty()) {
            out.println("local chain: not running" + (Files.exists(session.workspace().stateFile()) ? " (state kept in " + session.workspace().stateFile() + ")" : ""));
            out.println("start it with: allstar chain start");
            return 1;
        }
        Chain chain = session.workspace().chain();
        describe(session, chain, ContractAddresses.read(session.workspace().contractsFile(), chain.chainId()).orElse(null), out);
        out.println("pending transactions: " + session.workspace().tx().journal().pending().size() + " (journal " + session.workspace().tx().journal().file() + ")");
        return 0;
    }

    private static void describe(ChainSession session, Chain chain, ContractAddresses contracts, java.io.PrintStream out) {
        out.println("chain: " + chain.url() + " (chain id " + chain.chainId() + ", block " + chain.blockNumber() + ")");
        session.workspace().nodeProcess().ifPresent(p -> out.println("local node: anvil, pid " + p.pid() + ", state " + session.workspace().stateFile()));
        if (contracts == null) {
            out.println("contracts: not deployed on this chain");
        } else {
            out.println("sla factory: " + contracts.factory());
            out.println("witness pool: " + contracts.pool());
            out.println("knowledge mesh: " + contracts.mesh());
        }
    }

    private static int stop(Args args, ChainSession session, java.io.PrintStream out, java.io.PrintStream err) {
        if (!session.workspace().stopLocalNode()) {
            out.println("local chain: not running");
            return 0;
        }
        out.println("local chain: stopped (state kept in " + session.workspace().stateFile() + ")");
        return 0;
    }

    private static int deploy(Args args, ChainSession session, java.io.PrintStream out, java.io.PrintStream err) {
        Account deployer = session.account();
        ContractAddresses c = session.workspace().deploy(deployer, Amounts.wei(args.get("min-stake", "0.1ETH")),
                Integer.parseInt(args.get("warmup-blocks", "64")));
        describe(session, session.workspace().chain(), c, out);
        return 0;
    }

    private static int newAccount(Args args, ChainSession session, java.io.PrintStream out, java.io.PrintStream err) {
        out.println(session.workspace().createAccount(session.password(true)));
        return 0;
    }

    private static int list(Args args, ChainSession session, java.io.PrintStream out, java.io.PrintStream err) {
        boolean connected = ChainSession.rpc(args) != null || session.workspace().runningNode().isPresent();
        for (String address : session.workspace().keystore().addresses()) {
            out.println(connected ? address + "  " + Amounts.ether(session.workspace().chain().balance(address)) : address);
        }
        return 0;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.allstar.chain.Account;
import org.allstar.chain.ChainException;
import org.allstar.chain.WorkspaceChain;

/**
 * A chain command's {@link WorkspaceChain} (the workspace's .allstar/chain, --rpc or ALLSTAR_RPC) plus what only
 * the command line decides: which account --from names, and the password, from --password-file, ALLSTAR_PASSWORD
 * or the console; never from the command line.
 */
public final class ChainSession implements AutoCloseable {
    static final Set<String> OPTIONS = Set.of("workspace", "rpc", "from", "password-file");

    private final Args args;
    private final PrintStream err;
    private final WorkspaceChain workspace;

    ChainSession(Args args, PrintStream err) {
        this(args, err, true);
    }

    /** {@code startLocal} false: use the local node only when it runs, never start it or deploy contracts. */
    ChainSession(Args args, PrintStream err, boolean startLocal) {
        this.args = args;
        this.err = err;
        Path dir = org.allstar.cli.Workspace.folder(args.has("workspace") ? args.get("workspace") : null, "chain");
        this.workspace = new WorkspaceChain(dir, null, rpc(args), startLocal, line -> err.println("allstar: " + line));
    }

    /** --rpc, else ALLSTAR_RPC, else null (the local chain). */
    static String rpc(Args args) {
        return args.get("rpc", System.getenv("ALLSTAR_RPC"));
    }

    /**
     * Provider reputations from the chain for {@code plan --chain WHERE}: WHERE is a workspace folder (its local
     * chain) or a JSON-RPC URL. Reads only: starts no node and deploys nothing.
     */
    public static org.allstar.market.ChainReputation reputations(String where, PrintStream err) {
        boolean url = where.matches("(?i)(https?|wss?)://.*");
        Args args = new Args(List.of(url ? "--rpc" : "--workspace", where), OPTIONS, Set.of());
        return new org.allstar.market.ChainReputation(new ChainSession(args, err, false).workspace());
    }

    WorkspaceChain workspace() {
        return workspace;
    }

    PrintStream err() {
        return err;
    }

    /** The address of --from (an address, or the n-th key, from 1), by default the first key. */
    String address() {
        String from = args.get("from");
        if (from == null) return workspace.defaultAddress();
        if (!from.matches("[0-9]+")) return from;
        List<String> keys = workspace.keystore().addresses();
        int n = Integer.parseInt(from);
        if (n < 1 || n > keys.size()) throw new IllegalArgumentException("--from " + n + ": there are " + keys.size() + " keys");
        return keys.get(n - 1);
    }

    /** The account of --from, unlocked. */
    Account account() {
        String address = address();
        return workspace.unlock(address, password(false));
    }

    char[] password(boolean twice) {
        String file = args.get("password-file");
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new ChainException("cannot read the password file " + file + ": " + e.getMessage(), e);
            }
        }
        String env = System.getenv("ALLSTAR_PASSWORD");
        if (env != null) return env.toCharArray();
        Console console = System.console();
        if (console == null) {
            throw new ChainException("no password: give --password-file FILE or ALLSTAR_PASSWORD (no console to ask on)");
        }
        char[] first = console.readPassword("keystore password: ");
        if (twice && !java.util.Arrays.equals(first, console.readPassword("again: "))) {
            throw new ChainException("the passwords differ");
        }
        return first;
    }

    @Override
    public void close() {
        workspace.close();
    }
}

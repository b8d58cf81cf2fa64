// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.allstar.chain.Account;
import org.allstar.chain.Chain;
import org.allstar.chain.ChainException;
import org.allstar.chain.ContractAddresses;
import org.allstar.chain.Keystore;
import org.allstar.chain.LocalNode;
import org.allstar.chain.Transactions;
import org.allstar.chain.TxJournal;

/**
 * What every chain command shares: the workspace's chain folder (.allstar/chain: the local node's state, the
 * transaction journal, contract addresses, keystores, witnesses' secret vote nonces), the connection (--rpc
 * URL, or the local node, started when it is not running), the contracts (deployed on the local chain when
 * missing) and the account (--from, unlocked with a password from --password-file, ALLSTAR_PASSWORD or the
 * console; never from the command line).
 */
final class ChainSession implements AutoCloseable {
    static final Set<String> OPTIONS = Set.of("workspace", "rpc", "from", "password-file");
    static final BigInteger LOCAL_FUNDING = BigInteger.TEN.pow(21); // 1,000 ETH for new accounts on the local chain
    static final BigInteger MIN_WITNESS_STAKE = BigInteger.TEN.pow(17); // 0.1 ETH on the local chain

    private final Args args;
    private final PrintStream err;
    private final Path dir;
    private Chain chain;
    private Transactions tx;
    private boolean local;

    private final boolean startLocal;

    ChainSession(Args args, PrintStream err) {
        this(args, err, true);
    }

    /** {@code startLocal} false: use the local node only when it runs, never start it or deploy contracts. */
    ChainSession(Args args, PrintStream err, boolean startLocal) {
        this.startLocal = startLocal;
        this.args = args;
        this.err = err;
        this.dir = org.allstar.cli.Workspace.folder(args.has("workspace") ? args.get("workspace") : null, "chain");
    }

    PrintStream err() {
        return err;
    }

    Path dir() {
        return dir;
    }

    Path nodeFile() {
        return dir.resolve("node.properties");
    }

    Path stateFile() {
        return dir.resolve("state.json");
    }

    Keystore keystore() {
        return new Keystore(dir.resolve("keys"));
    }

    Path votes() {
        return dir.resolve("votes");
    }

    boolean local() {
        chain();
        return local;
    }

    /** The connection: --rpc (or ALLSTAR_RPC), else the local node, started if it is not running. */
    Chain chain() {
        if (chain == null) {
            String rpc = args.get("rpc", System.getenv("ALLSTAR_RPC"));
            if (rpc != null) {
                chain = Chain.connect(rpc);
            } else {
                local = true;
                Optional<String> running = runningNode();
                if (running.isEmpty() && !startLocal) {
                    throw new ChainException("the workspace's local chain is not running (" + dir + "); start it with `allstar chain start`");
                }
                chain = Chain.connect(running.orElseGet(this::startNode));
            }
        }
        return chain;
    }

    /** The URL of the workspace's local node when its process is alive, else empty. */
    Optional<String> runningNode() {
        Properties p = readNode();
        if (p == null) return Optional.empty();
        long pid = Long.parseLong(p.getProperty("pid", "-1"));
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> p.getProperty("url"));
    }

    Optional<ProcessHandle> nodeProcess() {
        Properties p = readNode();
        return p == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(p.getProperty("pid", "-1"))).filter(ProcessHandle::isAlive);
    }

    private String startNode() {
        LocalNode node = LocalNode.startDetached(stateFile(), dir.resolve("anvil.log"));
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(node.pid()));
        p.setProperty("url", node.url());
        write(nodeFile(), p);
        err.println("allstar: started the local chain at " + node.url() + " (state in " + stateFile() + ")");
        return node.url();
    }

    Transactions tx() {
        if (tx == null) tx = new Transactions(chain(), new TxJournal(dir.resolve("journal.jsonl")));
        return tx;
    }

    /** ALLSTAR's contracts on this chain; deployed on the local chain the first time. */
    ContractAddresses contracts() {
        Path file = dir.resolve("contracts.json");
        Optional<ContractAddresses> known = ContractAddresses.read(file, chain().chainId());
        if (known.isPresent() && hasCode(known.get().factory())) return known.get();
        if (!local() || !startLocal) {
            throw new ChainException("ALLSTAR's contracts are not known on chain " + chain().chainId() + " at " + chain().url()
                    + "; deploy them with `allstar chain deploy --rpc URL --from ADDRESS`, which records them in " + file);
        }
        Account deployer = Account.ephemeral();
        LocalNode.fund(chain(), deployer.address(), LOCAL_FUNDING);
        ContractAddresses deployed = ContractAddresses.deploy(tx(), deployer, MIN_WITNESS_STAKE, 1);
        deployed.write(file);
        err.println("allstar: deployed ALLSTAR's contracts on the local chain (factory " + deployed.factory() + ")");
        return deployed;
    }

    ContractAddresses deploy(Account deployer, BigInteger minWitnessStake, int warmupBlocks) {
        ContractAddresses deployed = ContractAddresses.deploy(tx(), deployer, minWitnessStake, warmupBlocks);
        deployed.write(dir.resolve("contracts.json"));
        return deployed;
    }

    private boolean hasCode(String address) {
        return chain().code(address).length() > 2;
    }

    /** The address of --from (an address, or the n-th key, from 1), by default the first key. */
    String address() {
        List<String> keys = keystore().addresses();
        if (keys.isEmpty()) throw new ChainException("no account in " + keystore().folder() + "; create one with `allstar account new`");
        String from = args.get("from");
        if (from == null) return keys.get(0);
        if (!from.matches("[0-9]+")) return from;
        int n = Integer.parseInt(from);
        if (n < 1 || n > keys.size()) throw new IllegalArgumentException("--from " + n + ": there are " + keys.size() + " keys");
        return keys.get(n - 1);
    }

    /** The account of --from, unlocked. */
    Account account() {
        String address = address();
        err.println("allstar: unlocking " + address + " (scrypt, a few seconds)");
        return keystore().unlock(address, password(false));
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

    private Properties readNode() {
        if (!Files.exists(nodeFile())) return null;
        try (var in = Files.newBufferedReader(nodeFile())) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new ChainException("cannot read " + nodeFile() + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (var out = Files.newBufferedWriter(temp)) {
                p.store(out, "written by allstar");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ChainException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (chain != null) chain.close();
    }
}

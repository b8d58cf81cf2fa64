// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * What every chain action of a workspace shares, for the command line and the IDE alike: the chain folder
 * ({@code <workspace>/.allstar/chain}: the local node's state, the transaction journal, contract addresses,
 * keystores, witnesses' secret vote nonces), the connection (an RPC URL, or the workspace's local node, started when
 * it is not running), ALLSTAR's contracts (deployed on the local chain when missing) and the keystore. Not
 * thread-safe: use one per action; starting the local node is serialised, so two actions never start two nodes.
 */
public final class WorkspaceChain implements AutoCloseable {
    /** 1,000 ETH for new accounts on the local chain (development only). */
    public static final BigInteger LOCAL_FUNDING = BigInteger.TEN.pow(21);
    /** The witness pool's minimum stake on the local chain: 0.1 ETH. */
    public static final BigInteger MIN_WITNESS_STAKE = BigInteger.TEN.pow(17);
    private static final Object NODE_START = new Object();

    private final Path dir;
    private final Path keys;
    private final String rpcUrl;
    private final boolean startLocal;
    private final Consumer<String> log;
    private Chain chain;
    private Transactions tx;
    private boolean local;

    /**
     * @param dir the chain folder
     * @param keys the keystore folder; null: {@code dir/keys}
     * @param rpcUrl the chain's JSON-RPC URL; null or blank: the workspace's local node
     * @param startLocal false: use the local node only when it runs, never start it or deploy contracts (readers)
     * @param log receives one line per thing done on the user's behalf (node started, contracts deployed, unlocking)
     */
    public WorkspaceChain(Path dir, Path keys, String rpcUrl, boolean startLocal, Consumer<String> log) {
        this.dir = dir;
        this.keys = keys != null ? keys : dir.resolve("keys");
        this.rpcUrl = rpcUrl == null || rpcUrl.isBlank() ? null : rpcUrl.strip();
        this.startLocal = startLocal;
        this.log = log;
    }

    public Path dir() {
        return dir;
    }

    public Path nodeFile() {
        return dir.resolve("node.properties");
    }

    public Path stateFile() {
        return dir.resolve("state.json");
    }

    public Path contractsFile() {
        return dir.resolve("contracts.json");
    }

    /** Where witnesses keep their secret vote nonces between commit and reveal. */
    public Path votes() {
        return dir.resolve("votes");
    }

    public Keystore keystore() {
        return new Keystore(keys);
    }

    /** Whether this is the workspace's local node (no RPC URL). */
    public boolean isLocal() {
        return rpcUrl == null;
    }

    /** The connection: the RPC URL, else the local node, started if it is not running (when allowed). */
    public Chain chain() {
        if (chain == null) {
            if (rpcUrl != null) {
                chain = Chain.connect(rpcUrl);
            } else {
                local = true;
                chain = Chain.connect(localUrl());
            }
        }
        return chain;
    }

    private String localUrl() {
        synchronized (NODE_START) {
            Optional<String> running = runningNode();
            if (running.isPresent()) return running.get();
            if (!startLocal) {
                throw new ChainException("the workspace's local chain is not running (" + dir + "); start it with `allstar chain start`");
            }
            return startNode();
        }
    }

    /** The URL of the workspace's local node when its process is alive, else empty. */
    public Optional<String> runningNode() {
        Properties p = readNode();
        if (p == null) return Optional.empty();
        return processOf(p).map(h -> p.getProperty("url"));
    }

    public Optional<ProcessHandle> nodeProcess() {
        Properties p = readNode();
        return p == null ? Optional.empty() : processOf(p);
    }

    private static Optional<ProcessHandle> processOf(Properties p) {
        return ProcessHandle.of(Long.parseLong(p.getProperty("pid", "-1"))).filter(ProcessHandle::isAlive);
    }

    private String startNode() {
        LocalNode node = LocalNode.startDetached(stateFile(), dir.resolve("anvil.log"));
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(node.pid()));
        p.setProperty("url", node.url());
        write(nodeFile(), p);
        log.accept("started the local chain at " + node.url() + " (state in " + stateFile() + ")");
        return node.url();
    }

    /** Stops the workspace's local node, keeping its state; false when it was not running. */
    public boolean stopLocalNode() {
        Optional<ProcessHandle> process = nodeProcess();
        if (process.isEmpty()) return false;
        LocalNode.stop(process.get());
        try {
            Files.deleteIfExists(nodeFile());
        } catch (IOException e) {
            throw new ChainException("the local chain stopped, but " + nodeFile() + " cannot be removed: " + e.getMessage(), e);
        }
        return true;
    }

    /** Transactions journalled in the chain folder, so an interrupted action resumes without paying twice. */
    public Transactions tx() {
        if (tx == null) tx = new Transactions(chain(), new TxJournal(dir.resolve("journal.jsonl")));
        return tx;
    }

    /** ALLSTAR's contracts on this chain; deployed on the local chain the first time. */
    public ContractAddresses contracts() {
        Optional<ContractAddresses> known = knownContracts();
        if (known.isPresent() && hasCode(known.get().factory())) return known.get();
        chain();
        if (!local || !startLocal) {
            throw new ChainException("ALLSTAR's contracts are not known on chain " + chain().chainId() + " at " + chain().url()
                    + "; deploy them with `allstar chain deploy --rpc URL --from ADDRESS`, which records them in " + contractsFile());
        }
        Account deployer = Account.ephemeral();
        LocalNode.fund(chain(), deployer.address(), LOCAL_FUNDING);
        ContractAddresses deployed = deploy(deployer, MIN_WITNESS_STAKE, 1);
        log.accept("deployed ALLSTAR's contracts on the local chain (factory " + deployed.factory() + ")");
        return deployed;
    }

    /** The contracts recorded for this chain, without deploying anything. */
    public Optional<ContractAddresses> knownContracts() {
        return ContractAddresses.read(contractsFile(), chain().chainId());
    }

    /** Deploys ALLSTAR's contracts with {@code deployer} and records their addresses in the chain folder. */
    public ContractAddresses deploy(Account deployer, BigInteger minWitnessStake, int warmupBlocks) {
        ContractAddresses deployed = ContractAddresses.deploy(tx(), deployer, minWitnessStake, warmupBlocks);
        deployed.write(contractsFile());
        return deployed;
    }

    public SlaContracts slas() {
        return new SlaContracts(tx(), contracts());
    }

    public MeshContracts mesh() {
        return new MeshContracts(tx(), contracts());
    }

    public WitnessContracts pool() {
        return new WitnessContracts(tx(), contracts());
    }

    /** The studio's and the CLI's commit-reveal votes, kept in {@link #votes()}. */
    public WitnessVotes witnessVotes() {
        return new WitnessVotes(votes(), slas(), pool());
    }

    private boolean hasCode(String address) {
        return chain().code(address).length() > 2;
    }

    /** Unlocks {@code address} from the keystore (scrypt: a few seconds). */
    public Account unlock(String address, char[] password) {
        log.accept("unlocking " + address + " (scrypt, a few seconds)");
        return keystore().unlock(address, password);
    }

    /** The first key of the keystore: the default account. */
    public String defaultAddress() {
        return keystore().addresses().stream().findFirst().orElseThrow(() -> new ChainException(
                "no account in " + keystore().folder() + "; create one with `allstar account new` or the Register participant wizard"));
    }

    /**
     * Creates a key in the keystore; on the local chain the new account is given {@link #LOCAL_FUNDING} so it can pay
     * for transactions at once (development only).
     */
    public String createAccount(char[] password) {
        String address = keystore().create(password);
        log.accept("key stored encrypted (standard scrypt) in " + keystore().folder());
        if (isLocal()) {
            LocalNode.fund(chain(), address, LOCAL_FUNDING);
            log.accept("the local chain gave it " + Amounts.ether(LOCAL_FUNDING) + " (development only)");
        }
        return address;
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

    /** Writes {@code p} to {@code file} atomically (temp file + move). */
    public static void write(Path file, Properties p) {
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

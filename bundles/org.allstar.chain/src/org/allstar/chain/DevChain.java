// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away development chain: anvil with its state in a folder, ALLSTAR's contracts deployed, and funded
 * in-memory accounts on demand. For tests and benchmarks; its keys never touch a disk.
 */
public final class DevChain implements AutoCloseable {
    public static final BigInteger ETHER = BigInteger.TEN.pow(18);
    public static final BigInteger MIN_STAKE = ETHER.divide(BigInteger.TEN);

    private final LocalNode node;
    private final Chain chain;
    private final Transactions tx;
    private final ContractAddresses addresses;

    private DevChain(Path folder) {
        node = LocalNode.start(folder.resolve("state.json"));
        chain = Chain.connect(node.url());
        tx = new Transactions(chain, new TxJournal(folder.resolve("journal.jsonl")));
        addresses = ContractAddresses.deploy(tx, account(), MIN_STAKE, 1);
    }

    public static DevChain start(Path folder) {
        return new DevChain(folder);
    }

    /** A new account with 100 ether. */
    public Account account() {
        Account a = Account.ephemeral();
        LocalNode.fund(chain, a.address(), ETHER.multiply(BigInteger.valueOf(100)));
        return a;
    }

    /** {@code n} new accounts that joined the witness pool with the minimum stake (and are online). */
    public List<Account> witnesses(int n) {
        List<Account> witnesses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Account w = account();
            pool().join(w, MIN_STAKE);
            witnesses.add(w);
        }
        return witnesses;
    }

    public LocalNode node() {
        return node;
    }

    public Chain chain() {
        return chain;
    }

    public Transactions tx() {
        return tx;
    }

    public ContractAddresses addresses() {
        return addresses;
    }

    public SlaContracts slas() {
        return new SlaContracts(tx, addresses);
    }

    public WitnessContracts pool() {
        return new WitnessContracts(tx, addresses);
    }

    public MeshContracts mesh() {
        return new MeshContracts(tx, addresses);
    }

    public BigInteger balance(Account a) {
        return chain.balance(a.address());
    }

    /** The account among {@code accounts} with this address. */
    public static Account find(List<Account> accounts, String address) {
        return accounts.stream().filter(a -> a.address().equalsIgnoreCase(address)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account " + address));
    }

    @Override
    public void close() {
        chain.close();
        node.close();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain.tests;

import java.math.BigInteger;
import java.nio.file.Path;

import org.allstar.chain.Account;
import org.allstar.chain.Chain;
import org.allstar.chain.ContractAddresses;
import org.allstar.chain.LocalNode;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.Transactions;
import org.allstar.chain.TxJournal;

/** A real anvil in a temporary folder with ALLSTAR's contracts deployed, and funded throw-away accounts. */
final class LocalChain implements AutoCloseable {
    static final BigInteger ETHER = BigInteger.TEN.pow(18);
    static final BigInteger MIN_STAKE = ETHER.divide(BigInteger.TEN);

    final Path folder;
    final LocalNode node;
    final Chain chain;
    final Transactions tx;
    final ContractAddresses addresses;
    final SlaContracts slas;

    LocalChain(Path folder) {
        this.folder = folder;
        node = LocalNode.start(folder.resolve("state.json"));
        chain = Chain.connect(node.url());
        tx = new Transactions(chain, new TxJournal(folder.resolve("journal.jsonl")));
        addresses = ContractAddresses.deploy(tx, account(), MIN_STAKE);
        slas = new SlaContracts(tx, addresses);
    }

    /** A new account with 100 ether. */
    Account account() {
        Account a = Account.ephemeral();
        LocalNode.fund(chain, a.address(), ETHER.multiply(BigInteger.valueOf(100)));
        return a;
    }

    BigInteger balance(Account a) {
        return chain.balance(a.address());
    }

    @Override
    public void close() {
        chain.close();
        node.close();
    }
}

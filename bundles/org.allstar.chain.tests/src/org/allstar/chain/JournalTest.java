// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed while a payment is pending, then restarted from its state file: the journal resends the same
 * signed transaction, it is mined once, and asking for the same payment again pays nothing more.
 */
class JournalTest {
    static final BigInteger ETHER = BigInteger.TEN.pow(18);

    @TempDir
    Path folder;

    @Test
    void aNodeKilledMidTransactionLosesNothingAndPaysOnce() throws Exception {
        Path state = folder.resolve("state.json");
        TxJournal journal = new TxJournal(folder.resolve("journal.jsonl"));
        Account payer = Account.ephemeral();
        Account payee = Account.ephemeral();
        BigInteger amount = ETHER.multiply(BigInteger.valueOf(3));
        String hash;

        LocalNode node = LocalNode.start(Anvil.find(), state, false, null);
        try (Chain chain = Chain.connect(node.url())) {
            LocalNode.fund(chain, payer.address(), ETHER.multiply(BigInteger.TEN));
            awaitStateWrittenAfter(state, System.currentTimeMillis());
            hash = new Transactions(chain, journal).submit(payer, payee.address(), amount, "pay invoice 17");
            assertEquals(List.of(hash), journal.pending().stream().map(TxJournal.Entry::hash).toList());
        } finally {
            node.kill(); // not mined: the node never mines on its own here, and its memory pool dies with it
        }

        node = LocalNode.start(state);
        try (Chain chain = Chain.connect(node.url())) {
            assertEquals(ETHER.multiply(BigInteger.TEN), chain.balance(payer.address()), "the state file kept the funding");
            assertEquals(BigInteger.ZERO, chain.balance(payee.address()), "the payment died with the node");
            Transactions tx = new Transactions(chain, journal);
            List<TxJournal.Entry> resumed = tx.resume();
            assertEquals(1, resumed.size());
            assertEquals(TxJournal.State.MINED, resumed.get(0).state());
            assertEquals(hash, resumed.get(0).hash());
            assertEquals(amount, chain.balance(payee.address()));

            assertTrue(tx.resume().isEmpty(), "nothing left to resume");
            Transactions.Receipt again = tx.transfer(payer, payee.address(), amount, "pay invoice 17");
            assertEquals(hash, again.hash(), "the same purpose is the same transaction");
            assertEquals(amount, chain.balance(payee.address()), "paid once");

            tx.transfer(payer, payee.address(), amount, "pay invoice 18");
            assertEquals(amount.shiftLeft(1), chain.balance(payee.address()), "another purpose is another payment");
        } finally {
            node.close();
        }
    }

    @Test
    void aCleanStopKeepsContractsAndBalances() {
        Path state = folder.resolve("state.json");
        Account deployer = Account.ephemeral();
        String factory;
        try (LocalNode node = LocalNode.start(state); Chain chain = Chain.connect(node.url())) {
            LocalNode.fund(chain, deployer.address(), ETHER);
            Transactions tx = new Transactions(chain, new TxJournal(folder.resolve("journal.jsonl")));
            factory = ContractAddresses.deploy(tx, deployer, ETHER.divide(BigInteger.TEN), 1).factory();
        }
        try (LocalNode node = LocalNode.start(state); Chain chain = Chain.connect(node.url())) {
            assertTrue(chain.balance(deployer.address()).signum() > 0);
            String code = Contracts.send(() -> chain.web3j().ethGetCode(factory,
                    org.web3j.protocol.core.DefaultBlockParameterName.LATEST).send()).getCode();
            assertTrue(code.length() > 100, "the factory's code survived the restart");
        }
    }

    /** anvil writes its state file every 2 s; wait until it has written after the given time. */
    private static void awaitStateWrittenAfter(Path state, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(state) && Files.getLastModifiedTime(state).compareTo(FileTime.fromMillis(millis)) > 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("anvil did not write " + state + " within 10 s");
    }
}

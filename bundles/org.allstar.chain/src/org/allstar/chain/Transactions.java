// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.utils.Numeric;

/**
 * The transactions of one chain through one journal: what the contract clients send with, plus plain
 * transfers and {@link #resume()} after a crash or a lost node.
 */
public final class Transactions {
    /**
     * A mined transaction: its hash, the gas it used, what that cost the sender in wei, its block; {@code earlier}
     * when it was sent before for the same purpose (the operation was already done, nothing new was sent).
     */
    public record Receipt(String hash, long gasUsed, BigInteger fee, long block, boolean earlier) {
        static Receipt of(TransactionReceipt r) {
            BigInteger price = r.getEffectiveGasPrice() == null ? BigInteger.ZERO
                    : Numeric.decodeQuantity(r.getEffectiveGasPrice());
            return new Receipt(r.getTransactionHash(), r.getGasUsed().longValueExact(), r.getGasUsed().multiply(price),
                    r.getBlockNumber().longValueExact(), false);
        }

        Receipt asEarlier() {
            return new Receipt(hash, gasUsed, fee, block, true);
        }
    }

    /**
     * What a transaction would cost now: the node's gas estimate and the most it pays per gas (twice the base fee plus
     * the priority fee, as transactions are sent); {@link #maxFee()} is their product, an upper bound in wei.
     */
    public record Estimate(long gas, BigInteger maxFeePerGas) {
        public BigInteger maxFee() {
            return maxFeePerGas.multiply(BigInteger.valueOf(gas));
        }
    }

    private final Chain chain;
    private final TxJournal journal;
    private final JournalTransactionManager.Nonces nonces = new JournalTransactionManager.Nonces();
    private final Map<String, JournalTransactionManager> managers = new ConcurrentHashMap<>();

    public Transactions(Chain chain, TxJournal journal) {
        this.chain = chain;
        this.journal = journal;
    }

    public Chain chain() {
        return chain;
    }

    public TxJournal journal() {
        return journal;
    }

    /**
     * Estimates a call of {@code data} on {@code to} from {@code from} with {@code value}; a call that would revert
     * throws the {@link ChainException} with the contract's error name, as sending it would.
     */
    Estimate estimate(String from, String to, BigInteger value, String data) {
        try {
            var web3j = chain.web3j();
            var estimate = web3j.ethEstimateGas(new org.web3j.protocol.core.methods.request.Transaction(from, null, null, null,
                    to, value, data)).send();
            if (estimate.hasError()) throw JournalTransactionManager.revert(estimate.getError(), "");
            BigInteger priority = web3j.ethMaxPriorityFeePerGas().send().getMaxPriorityFeePerGas();
            BigInteger baseFee = web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock()
                    .getBaseFeePerGas();
            return new Estimate(estimate.getAmountUsed().longValueExact(), baseFee.shiftLeft(1).add(priority));
        } catch (IOException e) {
            throw new ChainException("no answer from " + chain.url() + " to a gas estimate: " + e.getMessage(), e);
        }
    }

    JournalTransactionManager manager(Account account) {
        return managers.computeIfAbsent(account.address(), a -> new JournalTransactionManager(chain, account, journal, nonces));
    }

    /** Sends ether and waits for the receipt; a purpose already in the journal is resumed, not sent again. */
    public Receipt transfer(Account from, String to, BigInteger wei, String purpose) {
        return Receipt.of(await(submit(from, to, wei, purpose)));
    }

    /** Signs, journals and sends a transfer without waiting for it to be mined; returns its hash. */
    public String submit(Account from, String to, BigInteger wei, String purpose) {
        JournalTransactionManager manager = manager(from);
        return manager.withPurpose(purpose, () -> {
            try {
                return manager.send(to, "0x", wei).getTransactionHash();
            } catch (IOException e) {
                throw chain.unreachable(e);
            }
        });
    }

    private Awaiter awaiter;

    /** Waits for a transaction's receipt; a revert is a ChainException with the contract's error. */
    synchronized TransactionReceipt await(String hash) {
        if (awaiter == null) awaiter = new Awaiter(chain, journal);
        return awaiter.await(hash);
    }

    /**
     * Settles every journalled transaction of this chain whose fate is unknown: recorded as mined when the node
     * has its receipt, otherwise sent again (the same signed bytes) and awaited. Returns what it found.
     */
    public List<TxJournal.Entry> resume() {
        List<TxJournal.Entry> resumed = new ArrayList<>();
        for (TxJournal.Entry entry : journal.pending()) {
            if (entry.chainId() != chain.chainId()) continue;
            try {
                var receipt = chain.web3j().ethGetTransactionReceipt(entry.hash()).send().getTransactionReceipt();
                if (receipt.isEmpty()) {
                    BigInteger used = chain.web3j().ethGetTransactionCount(entry.from(), DefaultBlockParameterName.LATEST)
                            .send().getTransactionCount();
                    if (used.compareTo(BigInteger.valueOf(entry.nonce())) > 0) {
                        // its nonce went to another transaction: this one can never be mined
                        journal.settled(entry.hash(), TxJournal.State.DROPPED, "nonce " + entry.nonce() + " used by another");
                        continue;
                    }
                    var sent = chain.web3j().ethSendRawTransaction(entry.raw()).send();
                    if (sent.hasError() && !sent.getError().getMessage().toLowerCase().contains("already")) {
                        journal.settled(entry.hash(), TxJournal.State.DROPPED, sent.getError().getMessage());
                        continue;
                    }
                }
                try {
                    await(entry.hash());
                } catch (ChainException reverted) {
                    // recorded as reverted in the journal
                }
            } catch (IOException e) {
                throw chain.unreachable(e);
            }
            resumed.add(journal.entries().stream().filter(e -> e.hash().equals(entry.hash())).findFirst().orElse(entry));
        }
        return resumed;
    }

    /** Awaits receipts, also of accounts that are not unlocked in this session (resume). */
    private static final class Awaiter {
        private final JournalTransactionManager manager;

        Awaiter(Chain chain, TxJournal journal) {
            this.manager = new JournalTransactionManager(chain, Account.ephemeral(), journal, new JournalTransactionManager.Nonces());
        }

        TransactionReceipt await(String hash) {
            try {
                return manager.await(hash);
            } catch (IOException | TransactionException e) {
                throw new ChainException("no receipt for " + hash + ": " + e.getMessage(), e);
            }
        }
    }

    /** The balance of an address in wei. */
    public BigInteger balance(String address) {
        return chain.balance(address);
    }
}

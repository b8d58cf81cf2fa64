// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.function.Supplier;

import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthGetCode;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * How every transaction of an account leaves: a pre-flight estimate (a revert is reported with the
 * contract's error name before any gas is spent), EIP-1559 fees from the node, the nonce counted here, the
 * signed bytes written to the {@link TxJournal} before they are sent, then the receipt awaited. A purpose key
 * makes an operation idempotent: while the journal holds a transaction for it, that one is resumed instead
 * of a new one being sent.
 */
final class JournalTransactionManager extends TransactionManager {
    private static final long RECEIPT_TIMEOUT_MILLIS = 10 * 60 * 1000L;

    private final Chain chain;
    private final Account account;
    private final TxJournal journal;
    private final Nonces nonces;
    private final ThreadLocal<String> purpose = new ThreadLocal<>();

    JournalTransactionManager(Chain chain, Account account, TxJournal journal, Nonces nonces) {
        super(new PollingTransactionReceiptProcessor(chain.web3j(), chain.pollMillis(),
                (int) (RECEIPT_TIMEOUT_MILLIS / chain.pollMillis())), account.address());
        this.chain = chain;
        this.account = account;
        this.journal = journal;
        this.nonces = nonces;
    }

    /**
     * Sends a contract transaction under a purpose key and returns its receipt; marked {@code earlier} when the
     * journal already had a transaction for the purpose (nothing new was sent).
     */
    Transactions.Receipt receipt(String key, java.util.concurrent.Callable<TransactionReceipt> call) {
        boolean earlier = standing(key).isPresent();
        Transactions.Receipt receipt = withPurpose(key, () -> Contracts.receipt(call));
        return earlier ? receipt.asEarlier() : receipt;
    }

    /** Runs a contract call with a purpose key (see the class comment). */
    <T> T withPurpose(String key, Supplier<T> call) {
        purpose.set(key);
        try {
            return call.get();
        } finally {
            purpose.remove();
        }
    }

    @Override
    public EthSendTransaction sendTransaction(BigInteger gasPrice, BigInteger gasLimit, String to, String data,
            BigInteger value, boolean constructor) throws IOException {
        return send(to, data, value);
    }

    @Override
    public EthSendTransaction sendEIP1559Transaction(long chainId, BigInteger maxPriorityFeePerGas,
            BigInteger maxFeePerGas, BigInteger gasLimit, String to, String data, BigInteger value, boolean constructor)
            throws IOException {
        return send(to, data, value);
    }

    EthSendTransaction send(String to, String data, BigInteger value) throws IOException {
        String key = purpose.get();
        if (key != null) {
            var earlier = standing(key);
            if (earlier.isPresent()) return resend(earlier.get());
        }
        Web3j web3j = chain.web3j();
        String target = to == null || to.isEmpty() ? null : to;
        EthEstimateGas estimate = web3j.ethEstimateGas(new Transaction(account.address(), null, null, null, target,
                value, data)).send();
        if (estimate.hasError()) throw revert(estimate.getError(), "");
        BigInteger gasLimit = estimate.getAmountUsed().multiply(BigInteger.valueOf(12)).divide(BigInteger.TEN);
        BigInteger priority = web3j.ethMaxPriorityFeePerGas().send().getMaxPriorityFeePerGas();
        BigInteger baseFee = web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock()
                .getBaseFeePerGas();
        BigInteger maxFee = baseFee.shiftLeft(1).add(priority);
        synchronized (nonces) {
            BigInteger nonce = nonces.next(web3j, account.address());
            RawTransaction raw = RawTransaction.createTransaction(chain.chainId(), nonce, gasLimit,
                    target == null ? "" : target, value, data, priority, maxFee);
            String signed = Numeric.toHexString(TransactionEncoder.signMessage(raw, chain.chainId(), account.credentials()));
            String hash = Hash.sha3(signed);
            journal.signed(key, hash, account.address(), nonce.longValueExact(), chain.chainId(), signed);
            EthSendTransaction sent;
            try {
                sent = web3j.ethSendRawTransaction(signed).send();
            } catch (IOException e) {
                nonces.forget(account.address()); // it may not have arrived: read the nonce from the node next time
                throw e;
            }
            if (sent.hasError()) {
                nonces.forget(account.address());
                journal.settled(hash, TxJournal.State.FAILED, sent.getError().getMessage());
                throw new ChainException("the node refused the transaction: " + sent.getError().getMessage());
            }
            return sent;
        }
    }

    /**
     * The journalled transaction of a purpose on this chain, if it still stands here: pending, or mined with a
     * receipt this node has (a chain restarted from scratch does not have it: then the purpose is open again).
     */
    private java.util.Optional<TxJournal.Entry> standing(String key) {
        var earlier = journal.latestFor(key, chain.chainId());
        if (earlier.isEmpty() || earlier.get().state() == TxJournal.State.SIGNED) return earlier;
        try {
            return chain.web3j().ethGetTransactionReceipt(earlier.get().hash()).send().getTransactionReceipt().isPresent()
                    ? earlier : java.util.Optional.empty();
        } catch (IOException e) {
            throw chain.unreachable(e);
        }
    }

    /** Sends the journal's signed bytes again (the node answers "already known" while it still has them). */
    EthSendTransaction resend(TxJournal.Entry entry) throws IOException {
        EthSendTransaction answer = new EthSendTransaction();
        answer.setResult(entry.hash());
        if (entry.state() != TxJournal.State.SIGNED) return answer;
        if (chain.web3j().ethGetTransactionReceipt(entry.hash()).send().getTransactionReceipt().isPresent()) return answer;
        EthSendTransaction sent = chain.web3j().ethSendRawTransaction(entry.raw()).send();
        if (sent.hasError() && !isKnown(sent.getError().getMessage())) {
            journal.settled(entry.hash(), TxJournal.State.DROPPED, sent.getError().getMessage());
            throw new ChainException("transaction " + entry.hash() + " (" + entry.purpose() + ") can no longer be sent: "
                    + sent.getError().getMessage());
        }
        return answer;
    }

    private static boolean isKnown(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("already known") || m.contains("already imported") || m.contains("known transaction");
    }

    @Override
    protected TransactionReceipt processResponse(EthSendTransaction response) throws IOException, TransactionException {
        TransactionReceipt receipt = super.processResponse(response);
        if (receipt.isStatusOK()) {
            journal.settled(receipt.getTransactionHash(), TxJournal.State.MINED, "block " + receipt.getBlockNumber());
            return receipt;
        }
        String reason = replay(receipt);
        journal.settled(receipt.getTransactionHash(), TxJournal.State.REVERTED, reason);
        throw new ChainException("transaction " + receipt.getTransactionHash() + " reverted: " + reason,
                RevertReasons.get().name(reasonData(receipt)), null);
    }

    TransactionReceipt await(String hash) throws IOException, TransactionException {
        EthSendTransaction response = new EthSendTransaction();
        response.setResult(hash);
        return processResponse(response);
    }

    /** The revert data of a mined, failed transaction: the same call again at its block. */
    private String replay(TransactionReceipt receipt) {
        return RevertReasons.get().describe(reasonData(receipt));
    }

    private String reasonData(TransactionReceipt receipt) {
        try {
            var tx = chain.web3j().ethGetTransactionByHash(receipt.getTransactionHash()).send().getTransaction().orElseThrow();
            EthCall call = chain.web3j().ethCall(new Transaction(tx.getFrom(), null, null, null, tx.getTo(), tx.getValue(),
                    tx.getInput()), DefaultBlockParameter.valueOf(receipt.getBlockNumber().subtract(BigInteger.ONE))).send();
            return call.hasError() ? revertData(call.getError()) : call.getRevertReason();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String sendCall(String to, String data, DefaultBlockParameter block) throws IOException {
        EthCall call = chain.web3j().ethCall(Transaction.createEthCallTransaction(account.address(), to, data), block).send();
        if (call.hasError()) throw revert(call.getError(), " (call to " + to + ")");
        return call.getValue();
    }

    @Override
    public EthGetCode getCode(String address, DefaultBlockParameter block) throws IOException {
        return chain.web3j().ethGetCode(address, block).send();
    }

    static ChainException revert(Response.Error error, String where) {
        String data = revertData(error);
        String name = RevertReasons.get().name(data);
        String text = name == null ? error.getMessage() : RevertReasons.get().describe(data);
        return new ChainException("rejected by the contract" + where + ": " + text, name, null);
    }

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("\"?(0x[0-9a-fA-F]*)\"?");
    private static final java.util.regex.Pattern IN_MESSAGE =
            java.util.regex.Pattern.compile("custom error (0x[0-9a-fA-F]{8}):? ?([0-9a-fA-F]*)");

    /** The revert bytes: the error's data when it is hex, else from the message (anvil writes them there). */
    static String revertData(Response.Error error) {
        if (error.getData() != null) {
            var m = HEX.matcher(error.getData().trim());
            if (m.matches()) return m.group(1);
        }
        var m = IN_MESSAGE.matcher(error.getMessage() == null ? "" : error.getMessage());
        return m.find() ? m.group(1) + m.group(2) : null;
    }

    /** Next nonce per account: read from the node once (pending), then counted; re-read after a refusal. */
    static final class Nonces {
        private final java.util.Map<String, BigInteger> next = new java.util.HashMap<>();

        BigInteger next(Web3j web3j, String address) throws IOException {
            BigInteger n = next.get(address);
            if (n == null) {
                n = web3j.ethGetTransactionCount(address, DefaultBlockParameterName.PENDING).send().getTransactionCount();
            }
            next.put(address, n.add(BigInteger.ONE));
            return n;
        }

        void forget(String address) {
            next.remove(address);
        }
    }
}

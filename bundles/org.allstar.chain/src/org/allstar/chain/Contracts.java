// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;

/** Runs a Web3j wrapper call and turns its checked failures into ChainExceptions that say what to do. */
final class Contracts {
    private Contracts() {
    }

    static <T> T send(Callable<T> call) {
        try {
            return call.call();
        } catch (ChainException e) {
            throw e;
        } catch (TransactionException e) {
            throw new ChainException("transaction failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ChainException("the Ethereum node stopped answering: " + e.getMessage(), e);
        } catch (org.web3j.tx.exceptions.ContractCallException e) {
            // a reverted read (eth_call through a read-only manager): the revert data is in the message
            throw JournalTransactionManager.revert(new org.web3j.protocol.core.Response.Error(3, e.getMessage()), "");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ChainException c) throw c;
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ChainException c) throw c;
            throw new ChainException(e.getMessage(), e);
        }
    }

    static Transactions.Receipt receipt(Callable<TransactionReceipt> call) {
        return Transactions.Receipt.of(send(call));
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.allstar.chain.contracts.WitnessPool;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/** The witness pool: stake to join, go online or offline, leave, withdraw fees; a witness's record and tasks. */
public final class WitnessContracts {
    /**
     * A witness as the pool has it: stake and unpaid fees in wei, committees served, votes that agreed, seats in
     * agreements not yet settled, the block from which it can be drawn.
     */
    public record Witness(String address, BigInteger stake, BigInteger fees, int tasks, int agreed, int open,
            long eligibleFrom, boolean online) {
    }

    /** A committee seat: the agreement and the committee drawn for it. */
    public record Task(String agreement, List<String> committee, long block) {
    }

    private final Transactions tx;
    private final ContractAddresses addresses;
    private final EventLogs logs;

    public WitnessContracts(Transactions tx, ContractAddresses addresses) {
        this.tx = tx;
        this.addresses = addresses;
        this.logs = new EventLogs(tx.chain(), addresses.deployedAtBlock());
    }

    public Transactions.Receipt join(Account witness, BigInteger stake) {
        return send(witness, "join:" + tx.chain().blockNumber(), p -> p.join(stake).send());
    }

    public Transactions.Receipt goOnline(Account witness) {
        return send(witness, "online:" + tx.chain().blockNumber(), p -> p.goOnline().send());
    }

    public Transactions.Receipt goOffline(Account witness) {
        return send(witness, "offline:" + tx.chain().blockNumber(), p -> p.goOffline().send());
    }

    public Transactions.Receipt leave(Account witness) {
        return send(witness, "leave:" + tx.chain().blockNumber(), p -> p.leave().send());
    }

    public Transactions.Receipt withdrawFees(Account witness) {
        return send(witness, "fees:" + tx.chain().blockNumber(), p -> p.withdrawFees().send());
    }

    public Witness witness(String address) {
        WitnessPool pool = pool(new ReadonlyTransactionManager(tx.chain().web3j(), address));
        return Contracts.send(() -> {
            var w = pool.witnesses(address).send();
            return new Witness(address, w.component1(), w.component2(), w.component3().intValueExact(),
                    w.component4().intValueExact(), w.component5().intValueExact(), w.component6().longValueExact(),
                    pool.isOnline(address).send());
        });
    }

    /** The committees this witness was drawn for, oldest first. */
    public List<Task> tasks(String witness) {
        List<Task> result = new ArrayList<>();
        for (Log log : logs.of(addresses.pool(), EventEncoder.encode(WitnessPool.COMMITTEEDRAWN_EVENT))) {
            var drawn = WitnessPool.getCommitteeDrawnEventFromLog(log);
            if (drawn.committee.stream().anyMatch(witness::equalsIgnoreCase)) {
                result.add(new Task(Account.checksum(drawn.agreement), drawn.committee.stream().map(Account::checksum).toList(), log.getBlockNumber().longValueExact()));
            }
        }
        return result;
    }

    private interface Call {
        org.web3j.protocol.core.methods.response.TransactionReceipt on(WitnessPool pool) throws Exception;
    }

    private Transactions.Receipt send(Account witness, String operation, Call call) {
        var manager = tx.manager(witness);
        return manager.receipt("witness." + operation + ":" + witness.address(), () -> call.on(pool(manager)));
    }

    private WitnessPool pool(TransactionManager manager) {
        return WitnessPool.load(addresses.pool(), tx.chain().web3j(), manager, new DefaultGasProvider());
    }
}

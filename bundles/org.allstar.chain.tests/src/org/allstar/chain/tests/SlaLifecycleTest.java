// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain.tests;

import static org.allstar.chain.DevChain.ETHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.chain.Account;
import org.allstar.chain.ChainException;
import org.allstar.chain.DevChain;
import org.allstar.chain.AgreementState;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.Transactions;
import org.allstar.chain.WitnessContracts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

/** Full SLA lifecycles on a real anvil, every balance checked to the wei (gas fees included). */
class SlaLifecycleTest {
    static final BigInteger PRICE = ETHER.multiply(BigInteger.TWO);
    static final BigInteger FEE = ETHER.divide(BigInteger.valueOf(100));

    @TempDir
    static Path folder;
    static DevChain local;
    static WitnessContracts pool;
    static List<Account> witnesses;

    @BeforeAll
    static void start() {
        local = DevChain.start(folder);
        pool = local.pool();
        witnesses = local.witnesses(3);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    static SlaTerms terms(Account provider, Account customer, String text) {
        return new SlaTerms(provider.address(), customer.address(), Hash.sha3(text.getBytes(StandardCharsets.UTF_8)),
                PRICE, FEE, 3600, 600, 600, 3000, 3, 2);
    }

    static Account witness(String address) {
        return DevChain.find(witnesses, address);
    }

    @Test
    void violationConfirmedByQuorumPaysCompensationAndFees() {
        Account provider = local.account();
        Account customer = local.account();
        BigInteger provider0 = local.balance(provider);
        BigInteger customer0 = local.balance(customer);
        Map<String, Long> gas = new LinkedHashMap<>();
        Map<Account, BigInteger> spent = new LinkedHashMap<>();

        SlaTerms t = terms(provider, customer, "sla Gold violation");
        byte[] consent = local.slas().consent(provider, t);
        SlaContracts.Step created = local.slas().propose(customer, t, consent);
        record(gas, spent, "create + sign + escrow (customer, with the provider's consent)", customer, created.receipt());
        String sla = created.agreement();
        AgreementState active = local.slas().state(sla);
        assertEquals(AgreementState.Phase.ACTIVE, active.phase());
        assertEquals(PRICE.add(FEE), active.balance());
        List<String> committee = active.committee();
        assertEquals(3, committee.size());

        byte[] evidence = Hash.sha3("p95 latency 212 ms".getBytes(StandardCharsets.UTF_8));
        Map<Account, BigInteger> witness0 = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            Account w = witness(committee.get(i));
            witness0.put(w, local.balance(w));
            record(gas, spent, "commit vote " + (i + 1), w, local.slas().commitVote(w, sla, true, evidence, nonce(i)).receipt());
        }
        Account first = witness(committee.get(0));
        ChainException early = org.junit.jupiter.api.Assertions.assertThrows(ChainException.class,
                () -> local.slas().revealVote(first, sla, true, evidence, nonce(0)));
        assertEquals("RevealTooEarly", early.error(), "no reveal while the third witness could still commit");
        local.chain().advanceTime(3600);
        record(gas, spent, "reveal vote 1 (after the end)", first, local.slas().revealVote(first, sla, true, evidence, nonce(0)).receipt());
        assertEquals(AgreementState.Phase.ACTIVE, local.slas().state(sla).phase(), "one violation vote is not a quorum");
        Account second = witness(committee.get(1));
        record(gas, spent, "reveal vote 2 (quorum: confirms and settles)", second,
                local.slas().revealVote(second, sla, true, evidence, nonce(1)).receipt());
        assertTrue(local.slas().state(sla).violationConfirmed());
        BigInteger compensation = PRICE.multiply(BigInteger.valueOf(3000)).divide(BigInteger.valueOf(10000));
        AgreementState settled = local.slas().state(sla);
        assertEquals(AgreementState.Phase.SETTLED, settled.phase());
        assertEquals(compensation, settled.dueToCustomer());
        assertEquals(PRICE.subtract(compensation), settled.dueToProvider());
        record(gas, spent, "withdraw (customer)", customer, local.slas().withdraw(customer, sla).receipt());
        record(gas, spent, "withdraw (provider)", provider, local.slas().withdraw(provider, sla).receipt());

        assertEquals(BigInteger.ZERO, local.chain().balance(sla));
        assertEquals(customer0.subtract(PRICE).subtract(FEE).add(compensation).subtract(spent.get(customer)),
                local.balance(customer));
        assertEquals(provider0.add(PRICE).subtract(compensation).subtract(spent.get(provider)), local.balance(provider));
        for (var e : witness0.entrySet()) {
            Account w = e.getKey();
            WitnessContracts.Witness record = pool.witness(w.address());
            assertEquals(FEE.divide(BigInteger.TWO), record.fees());
            assertEquals(1, record.agreed());
            Transactions.Receipt r = pool.withdrawFees(w);
            assertEquals(e.getValue().subtract(spent.get(w)).add(FEE.divide(BigInteger.TWO)).subtract(r.fee()), local.balance(w));
        }
        WitnessContracts.Witness silent = pool.witness(committee.get(2));
        assertEquals(1, silent.tasks());
        assertEquals(0, silent.agreed());
        assertEquals(BigInteger.ZERO, silent.fees());

        long total = gas.values().stream().mapToLong(Long::longValue).sum();
        gas.forEach((step, used) -> System.out.printf("gas %-66s %,9d%n", step, used));
        System.out.printf("gas %-66s %,9d%n", "whole lifecycle (3 witnesses, quorum 2, violation)", total);
        assertTrue(total < 600_000, "the whole lifecycle took " + total + " gas, the target is under 600,000");
    }

    @Test
    void cleanAgreementPaysTheProviderAfterTheRevealWindow() {
        Account provider = local.account();
        Account customer = local.account();
        BigInteger provider0 = local.balance(provider);
        BigInteger customer0 = local.balance(customer);
        SlaTerms t = terms(provider, customer, "sla Gold clean");
        Transactions.Receipt proposed = local.slas().propose(provider, t, null).receipt();
        String sla = local.slas().agreementOf(t);
        assertEquals(AgreementState.Phase.PROPOSED, local.slas().state(sla).phase());
        Transactions.Receipt signed = local.slas().sign(customer, sla).receipt();
        AgreementState active = local.slas().state(sla);
        assertEquals(AgreementState.Phase.ACTIVE, active.phase());
        Account w = witness(active.committee().get(0));
        BigInteger w0 = local.balance(w);
        BigInteger wFees0 = pool.witness(w.address()).fees();
        byte[] evidence = Hash.sha3("all windows met".getBytes(StandardCharsets.UTF_8));
        BigInteger wSpent = local.slas().commitVote(w, sla, false, evidence, nonce(7)).receipt().fee();
        local.chain().advanceTime(3600);
        wSpent = wSpent.add(local.slas().revealVote(w, sla, false, evidence, nonce(7)).receipt().fee());
        local.chain().advanceTime(600);
        local.slas().settle(provider, sla);
        AgreementState settled = local.slas().state(sla);
        assertEquals(BigInteger.ZERO, settled.dueToCustomer());
        assertEquals(PRICE, settled.dueToProvider());
        Transactions.Receipt pw = local.slas().withdraw(provider, sla).receipt();
        assertEquals(BigInteger.ZERO, local.chain().balance(sla));
        assertEquals(customer0.subtract(PRICE).subtract(FEE).subtract(signed.fee()), local.balance(customer));
        BigInteger providerSpent = proposed.fee().add(pw.fee())
                .add(local.tx().journal().entries().stream().filter(e -> e.purpose() != null
                        && e.purpose().equals("sla.settle:" + sla + ":" + provider.address())).findFirst()
                        .map(e -> BigInteger.ZERO).orElseThrow());
        BigInteger settleFee = provider0.add(PRICE).subtract(providerSpent).subtract(local.balance(provider));
        assertTrue(settleFee.signum() > 0 && settleFee.compareTo(ETHER.divide(BigInteger.valueOf(1000))) < 0,
                "the provider paid the price minus gas fees only");
        assertEquals(w0.subtract(wSpent), local.balance(w));
        assertEquals(wFees0.add(FEE), pool.witness(w.address()).fees(), "the only revealed vote agreed: the whole fee");
    }

    static byte[] nonce(int i) {
        return Hash.sha3(("nonce " + i).getBytes(StandardCharsets.UTF_8));
    }

    static void record(Map<String, Long> gas, Map<Account, BigInteger> spent, String step, Account who,
            Transactions.Receipt r) {
        gas.put(step, r.gasUsed());
        spent.merge(who, r.fee(), BigInteger::add);
    }
}

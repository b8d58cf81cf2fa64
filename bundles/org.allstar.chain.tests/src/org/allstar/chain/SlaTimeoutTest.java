// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

/** Every waiting state of an agreement ends by a deadline, and the money then goes where the terms say. */
class SlaTimeoutTest {
    static final BigInteger ETHER = DevChain.ETHER;
    static final BigInteger PRICE = ETHER;
    static final BigInteger FEE = ETHER.divide(BigInteger.valueOf(100));

    @TempDir
    static Path folder;
    static DevChain dev;
    static Chain chain;
    static SlaContracts slas;
    static List<Account> witnesses;
    static int counter;

    @BeforeAll
    static void start() {
        dev = DevChain.start(folder);
        chain = dev.chain();
        slas = dev.slas();
        witnesses = dev.witnesses(3);
    }

    @AfterAll
    static void stop() {
        dev.close();
    }

    static Account account() {
        return dev.account();
    }

    static SlaTerms terms(Account provider, Account customer) {
        return new SlaTerms(provider.address(), customer.address(),
                Hash.sha3(("timeout " + counter++).getBytes(StandardCharsets.UTF_8)), PRICE, FEE, 3600, 600, 900, 2500, 3, 2);
    }

    static void rejected(String error, Executable attack) {
        ChainException e = assertThrows(ChainException.class, attack);
        assertEquals(error, e.error(), e.getMessage());
    }

    static Account witness(String address) {
        return DevChain.find(witnesses, address);
    }

    @Test
    void anUnsignedProposalIsCancelledAfterTheSignWindowAndTheEscrowReturns() {
        Account provider = account();
        Account customer = account();
        BigInteger customer0 = chain.balance(customer.address());
        SlaTerms t = terms(provider, customer);
        SlaContracts.Step proposed = slas.propose(customer, t, null);
        String sla = proposed.agreement();
        Account stranger = account();
        rejected("TooEarly", () -> slas.cancel(stranger, sla));
        chain.advanceTime(600);
        rejected("SignWindowClosed", () -> slas.sign(provider, sla));
        slas.cancel(stranger, sla);
        assertEquals(AgreementState.Phase.CANCELLED, slas.state(sla).phase());
        rejected("NothingToWithdraw", () -> slas.withdraw(provider, sla));
        Transactions.Receipt refund = slas.withdraw(customer, sla).receipt();
        assertEquals(customer0.subtract(proposed.receipt().fee()).subtract(refund.fee()), chain.balance(customer.address()));
        assertEquals(BigInteger.ZERO, chain.balance(sla));
    }

    @Test
    void aPartyMayWithdrawItsProposalBeforeItIsActive() {
        Account provider = account();
        Account customer = account();
        String sla = slas.propose(provider, terms(provider, customer), null).agreement();
        slas.cancel(provider, sla);
        rejected("WrongState", () -> slas.sign(customer, sla));
    }

    @Test
    void votesCloseAtTheEndAndRevealsAtTheEndOfTheRevealWindow() {
        Account provider = account();
        Account customer = account();
        BigInteger customer0 = chain.balance(customer.address());
        BigInteger provider0 = chain.balance(provider.address());
        SlaTerms t = terms(provider, customer);
        Transactions.Receipt created = slas.propose(customer, t, slas.consent(provider, t)).receipt();
        String sla = slas.agreementOf(t);
        List<String> committee = slas.committee(sla);
        Account late = witness(committee.get(0));
        Account silent = witness(committee.get(1));
        slas.commitVote(silent, sla, true, hash("evidence"), hash("nonce"));
        chain.advanceTime(3600);
        rejected("VotingClosed", () -> slas.commitVote(late, sla, true, hash("evidence"), hash("nonce")));
        chain.advanceTime(900);
        rejected("RevealClosed", () -> slas.revealVote(silent, sla, true, hash("evidence"), hash("nonce")));
        // nobody revealed: no violation, the provider is paid, the unearned witness fee returns to the customer
        Account anyone = account();
        slas.settle(anyone, sla);
        AgreementState settled = slas.state(sla);
        assertEquals(PRICE, settled.dueToProvider());
        assertEquals(FEE, settled.dueToCustomer());
        Transactions.Receipt pw = slas.withdraw(provider, sla).receipt();
        Transactions.Receipt cw = slas.withdraw(customer, sla).receipt();
        assertEquals(provider0.add(PRICE).subtract(pw.fee()), chain.balance(provider.address()));
        assertEquals(customer0.subtract(PRICE).subtract(created.fee()).subtract(cw.fee()), chain.balance(customer.address()));
        assertEquals(BigInteger.ZERO, chain.balance(sla));
    }

    @Test
    void tooFewOnlineWitnessesRefuseActivationAndKeepTheMoneyWithTheCustomer() {
        Account provider = account();
        Account customer = account();
        SlaTerms big = new SlaTerms(provider.address(), customer.address(), hash("five witnesses " + counter++), PRICE,
                FEE, 3600, 600, 900, 2500, 5, 3);
        BigInteger customer0 = chain.balance(customer.address());
        rejected("NotEnoughWitnesses", () -> slas.propose(customer, big, slas.consent(provider, big)));
        assertEquals(customer0, chain.balance(customer.address()), "refused before sending: no gas, no escrow");
        assertEquals(0, Contracts.send(() -> chain.web3j().ethGetCode(slas.agreementOf(big),
                org.web3j.protocol.core.DefaultBlockParameterName.LATEST).send()).getCode().length() - 2);
    }

    static byte[] hash(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }
}

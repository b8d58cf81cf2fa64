// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.chain.contracts.SlaAgreement;
import org.allstar.chain.contracts.SlaFactory;
import org.allstar.chain.tests.contracts.ReentrantCustomer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The attacks on the SLA contracts, each sent as a real transaction from the wrong account or at the wrong
 * time, and each rejected with the contract's own error. (In package org.allstar.chain to reach the wrappers.)
 */
class SlaAttackTest {
    static final BigInteger ETHER = DevChain.ETHER;
    static final BigInteger PRICE = ETHER;
    static final BigInteger FEE = ETHER.divide(BigInteger.valueOf(100));

    @TempDir
    static Path folder;
    static DevChain dev;
    static Chain chain;
    static Transactions tx;
    static ContractAddresses addresses;
    static SlaContracts slas;
    static List<Account> witnesses;
    static int counter;

    @BeforeAll
    static void start() {
        dev = DevChain.start(folder);
        chain = dev.chain();
        tx = dev.tx();
        addresses = dev.addresses();
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

    static SlaTerms terms(String provider, String customer) {
        return new SlaTerms(provider, customer, Hash.sha3(("terms " + counter++).getBytes(StandardCharsets.UTF_8)),
                PRICE, FEE, 3600, 600, 600, 3000, 3, 2);
    }

    /** A new active agreement between two new accounts. */
    static String active(Account provider, Account customer) {
        SlaTerms t = terms(provider.address(), customer.address());
        return slas.propose(customer, t, slas.consent(provider, t)).agreement();
    }

    static Account witness(String address) {
        return DevChain.find(witnesses, address);
    }

    static void rejected(String error, Executable attack) {
        ChainException e = assertThrows(ChainException.class, attack);
        assertEquals(error, e.error(), e.getMessage());
    }

    static SlaAgreement as(Account account, String agreement) {
        return SlaAgreement.load(agreement, chain.web3j(), tx.manager(account), new DefaultGasProvider());
    }

    static ReentrantCustomer.Terms reentrant(SlaTerms t) {
        return new ReentrantCustomer.Terms(t.provider(), t.customer(), t.termsHash(), t.price(), t.witnessFee(),
                BigInteger.valueOf(t.duration()), BigInteger.valueOf(t.signWindow()), BigInteger.valueOf(t.revealWindow()),
                BigInteger.valueOf(t.compensationBps()), BigInteger.valueOf(t.committeeSize()), BigInteger.valueOf(t.quorum()));
    }

    static byte[] hash(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNonPartyCannotSignOrCancel() {
        Account provider = account();
        Account customer = account();
        SlaTerms t = terms(provider.address(), customer.address());
        String sla = slas.propose(provider, t, null).agreement();
        Account stranger = account();
        rejected("NotParty", () -> Contracts.send(() -> as(stranger, sla).sign(BigInteger.ZERO).send()));
        rejected("NotParty", () -> Contracts.send(() -> as(stranger, sla).sign(t.escrow()).send()));
        rejected("TooEarly", () -> slas.cancel(stranger, sla));
        rejected("NotParty", () -> Contracts.send(() -> SlaFactory.load(addresses.factory(), chain.web3j(),
                tx.manager(stranger), new DefaultGasProvider()).propose(SlaContracts.struct(terms(provider.address(),
                customer.address())), new byte[0], BigInteger.ZERO).send()));
        rejected("WrongValue", () -> Contracts.send(() -> as(customer, sla).sign(PRICE).send()));
        rejected("AlreadySigned", () -> Contracts.send(() -> as(provider, sla).sign(BigInteger.ZERO).send()));
    }

    @Test
    void aNonWitnessCannotVote() {
        String sla = active(account(), account());
        List<String> committee = slas.committee(sla);
        Account stranger = account();
        rejected("NotWitness", () -> Contracts.send(() -> as(stranger, sla).commitVote(committee, BigInteger.ZERO,
                hash("x")).send()));
        // a forged committee that names the stranger
        List<String> forged = new ArrayList<>(committee);
        forged.set(0, stranger.address());
        rejected("WrongCommittee", () -> Contracts.send(() -> as(stranger, sla).commitVote(forged, BigInteger.ZERO,
                hash("x")).send()));
        // a real witness at another's index
        Account w1 = witness(committee.get(1));
        rejected("NotWitness", () -> Contracts.send(() -> as(w1, sla).commitVote(committee, BigInteger.ZERO,
                hash("x")).send()));
    }

    @Test
    void aWitnessVotesOnceAndRevealsOnlyWhatItCommitted() {
        String sla = active(account(), account());
        Account w = witness(slas.committee(sla).get(0));
        slas.commitVote(w, sla, true, hash("evidence"), hash("nonce"));
        rejected("DoubleVote", () -> Contracts.send(() -> as(w, sla).commitVote(slas.committee(sla), BigInteger.ZERO,
                hash("again")).send()));
        rejected("RevealTooEarly", () -> slas.revealVote(w, sla, true, hash("evidence"), hash("nonce")));
        chain.advanceTime(3600);
        rejected("RevealMismatch", () -> slas.revealVote(w, sla, false, hash("evidence"), hash("nonce")));
        rejected("RevealMismatch", () -> slas.revealVote(w, sla, true, hash("evidence"), hash("other nonce")));
        slas.revealVote(w, sla, true, hash("evidence"), hash("nonce"));
        rejected("DoubleVote", () -> Contracts.send(() -> as(w, sla).revealVote(slas.committee(sla), BigInteger.ZERO,
                true, hash("evidence"), hash("nonce")).send()));
        rejected("VotingClosed", () -> Contracts.send(() -> as(w, sla).commitVote(slas.committee(sla), BigInteger.ZERO,
                hash("after reveal")).send()));
    }

    @Test
    void aCommitmentCopiedFromAnotherWitnessDoesNotReveal() {
        String sla = active(account(), account());
        List<String> committee = slas.committee(sla);
        Account honest = witness(committee.get(0));
        Account copier = witness(committee.get(1));
        byte[] commitment = Contracts.send(() -> as(honest, sla).voteCommitment(honest.address(), true, hash("e"),
                hash("n")).send());
        Contracts.send(() -> as(honest, sla).commitVote(committee, BigInteger.ZERO, commitment).send());
        Contracts.send(() -> as(copier, sla).commitVote(committee, BigInteger.ONE, commitment).send());
        chain.advanceTime(3600);
        slas.revealVote(honest, sla, true, hash("e"), hash("n"));
        rejected("RevealMismatch", () -> slas.revealVote(copier, sla, true, hash("e"), hash("n")));
    }

    @Test
    void aConsentSignatureCannotBeReplayed() {
        Account provider = account();
        Account customer = account();
        SlaTerms t = terms(provider.address(), customer.address());
        byte[] consent = slas.consent(provider, t);
        // on other terms (a lower price) or for another customer
        SlaTerms cheaper = new SlaTerms(t.provider(), t.customer(), t.termsHash(), PRICE.divide(BigInteger.TWO), FEE,
                t.duration(), t.signWindow(), t.revealWindow(), t.compensationBps(), t.committeeSize(), t.quorum());
        rejected("BadConsent", () -> slas.propose(customer, cheaper, consent));
        Account other = account();
        SlaTerms otherCustomer = new SlaTerms(t.provider(), other.address(), t.termsHash(), PRICE, FEE, t.duration(),
                t.signWindow(), t.revealWindow(), t.compensationBps(), t.committeeSize(), t.quorum());
        rejected("BadConsent", () -> slas.propose(other, otherCustomer, consent));
        // signed by someone else than the provider
        rejected("BadConsent", () -> slas.propose(customer, t, slas.consent(other, t)));
        // used once as meant, then again: the same terms give the same agreement, which exists
        slas.propose(customer, t, consent);
        rejected("AgreementExists", () -> Contracts.send(() -> SlaFactory.load(addresses.factory(), chain.web3j(),
                tx.manager(customer), new DefaultGasProvider()).propose(SlaContracts.struct(t), consent, t.escrow()).send()));
    }

    @Test
    void noEarlySettlementAndNoSecondSettlement() {
        Account provider = account();
        Account customer = account();
        String sla = active(provider, customer);
        Account anyone = account();
        rejected("TooEarly", () -> slas.settle(anyone, sla));
        chain.advanceTime(3600);
        rejected("TooEarly", () -> slas.settle(anyone, sla));
        rejected("WrongState", () -> slas.withdraw(provider, sla));
        chain.advanceTime(600);
        slas.settle(anyone, sla);
        rejected("WrongState", () -> Contracts.send(() -> as(provider, sla).settle(slas.committee(sla)).send()));
        slas.withdraw(provider, sla);
        rejected("NothingToWithdraw", () -> Contracts.send(() -> as(provider, sla).withdraw().send()));
        rejected("NotParty", () -> slas.withdraw(anyone, sla));
    }

    @Test
    void reenteringWithdrawIsPaidOnce() {
        Account provider = account();
        Account owner = account();
        ReentrantCustomer attacker = Contracts.send(() -> ReentrantCustomer.deploy(chain.web3j(), tx.manager(owner),
                new DefaultGasProvider()).send());
        SlaTerms t = terms(provider.address(), attacker.getContractAddress());
        Contracts.send(() -> attacker.propose(addresses.factory(), reentrant(t), slas.consent(provider, t), t.escrow()).send());
        String sla = slas.agreementOf(t);
        // a confirmed violation: the attacker (customer) is owed 30 % of the price, the provider the rest, and
        // the agreement holds both, so a second payment to the attacker would come out of the provider's share
        List<String> committee = slas.committee(sla);
        for (int i = 0; i < 3; i++) slas.commitVote(witness(committee.get(i)), sla, true, hash("e"), hash("n" + i));
        // the whole committee committed: reveals may come before the end, and the quorum settles at once
        for (int i = 0; i < 2; i++) slas.revealVote(witness(committee.get(i)), sla, true, hash("e"), hash("n" + i));
        AgreementState settled = slas.state(sla);
        assertEquals(AgreementState.Phase.SETTLED, settled.phase());
        BigInteger compensation = settled.dueToCustomer();
        assertEquals(PRICE, chain.balance(sla));

        Contracts.send(() -> attacker.attack().send());
        assertEquals(BigInteger.ONE, Contracts.send(() -> attacker.reentries().send()), "the attacker did re-enter");
        assertEquals(BigInteger.ONE, Contracts.send(() -> attacker.failedReentries().send()), "the re-entry was refused");
        assertEquals(compensation, chain.balance(attacker.getContractAddress()), "paid exactly once");
        assertEquals(PRICE.subtract(compensation), chain.balance(sla), "the provider's share is intact");
        slas.withdraw(provider, sla);
        assertEquals(BigInteger.ZERO, chain.balance(sla));
    }
}

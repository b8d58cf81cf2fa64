// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.allstar.chain.contracts.SlaAgreement;
import org.allstar.chain.contracts.SlaFactory;
import org.allstar.chain.contracts.WitnessPool;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.EventEncoder;
import org.web3j.crypto.Sign;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The SLA contracts of one chain: propose, sign, vote, settle, withdraw, cancel, and what an agreement is now.
 * Every sending operation has a purpose key (operation, agreement, account), so repeating it after a crash
 * resumes the journalled transaction instead of paying twice.
 */
public final class SlaContracts {
    /** Gas and fee of each step, as the receipt reports them. */
    public record Step(String agreement, Transactions.Receipt receipt) {
    }

    /** An agreement the factory created, from its SlaProposed event. */
    public record Proposal(String agreement, String provider, String customer, byte[] termsHash, BigInteger price,
            BigInteger witnessFee, long block) {
    }

    /** How an agreement ended: its settlement, dated by its block. */
    public record Settlement(String agreement, String provider, String customer, boolean violated, long block, long time) {
    }

    private final Transactions tx;
    private final ContractAddresses addresses;
    private final EventLogs logs;

    public SlaContracts(Transactions tx, ContractAddresses addresses) {
        this.tx = tx;
        this.addresses = addresses;
        this.logs = new EventLogs(tx.chain(), addresses.deployedAtBlock());
    }

    public String agreementOf(SlaTerms terms) {
        return Contracts.send(() -> factory(reader()).agreementOf(struct(terms)).send());
    }

    /** The provider's consent to exactly these terms on this chain and factory (65 bytes r, s, v). */
    public byte[] consent(Account provider, SlaTerms terms) {
        byte[] digest = consentDigest(terms);
        byte[] nodeDigest = Contracts.send(() -> factory(reader()).consentDigest(struct(terms)).send());
        if (!java.util.Arrays.equals(digest, nodeDigest)) {
            // never sign what a node says the terms are: it could be another node's idea of them
            throw new ChainException("the node at " + tx.chain().url() + " computes another consent digest for these terms"
                    + " than ALLSTAR does; is " + addresses.factory() + " ALLSTAR's SlaFactory on chain " + tx.chain().chainId() + "?");
        }
        Sign.SignatureData signature = Sign.signMessage(digest, provider.credentials().getEcKeyPair(), false);
        byte[] bytes = new byte[65];
        System.arraycopy(signature.getR(), 0, bytes, 0, 32);
        System.arraycopy(signature.getS(), 0, bytes, 32, 32);
        bytes[64] = signature.getV()[0];
        return bytes;
    }

    /**
     * What the provider signs, computed here as SlaFactory.consentDigest does: the EIP-191 hash of
     * keccak256(abi.encode("ALLSTAR SLA consent", chain id, factory, terms)).
     */
    byte[] consentDigest(SlaTerms terms) {
        String encoded = org.web3j.abi.FunctionEncoder.encodeConstructor(List.of(
                new org.web3j.abi.datatypes.Utf8String("ALLSTAR SLA consent"),
                new org.web3j.abi.datatypes.generated.Uint256(tx.chain().chainId()), new Address(addresses.factory()),
                struct(terms)));
        byte[] message = org.web3j.crypto.Hash.sha3(org.web3j.utils.Numeric.hexStringToByteArray(encoded));
        return org.web3j.crypto.Sign.getEthereumMessageHash(message);
    }

    /**
     * Proposes the agreement; the proposer signs by proposing (a customer with the escrow). With the provider's
     * consent, a customer creates an active agreement in one transaction.
     */
    public Step propose(Account proposer, SlaTerms terms, byte[] providerConsent) {
        String agreement = agreementOf(terms);
        BigInteger value = proposer.address().equalsIgnoreCase(terms.customer()) ? terms.escrow() : BigInteger.ZERO;
        var manager = tx.manager(proposer);
        var receipt = manager.receipt("sla.propose:" + agreement, () ->
                factory(manager).propose(struct(terms), providerConsent == null ? new byte[0] : providerConsent, value).send());
        return new Step(agreement, receipt);
    }

    /**
     * What {@link #propose} by the customer with the provider's consent would cost now; throws with the contract's
     * error name when it would revert (consent from another key, too little balance, no witnesses to draw).
     */
    public Transactions.Estimate estimatePropose(SlaTerms terms, byte[] providerConsent) {
        String data = factory(reader()).propose(struct(terms), providerConsent == null ? new byte[0] : providerConsent,
                terms.escrow()).encodeFunctionCall();
        return tx.estimate(terms.customer(), addresses.factory(), terms.escrow(), data);
    }

    /** Signs as provider (no value) or customer (with the escrow, read from the agreement). */
    public Step sign(Account party, String agreement) {
        SlaAgreement a = load(agreement, reader());
        BigInteger value = Contracts.send(() -> party.address().equalsIgnoreCase(a.customer().send()) ? a.escrow().send()
                : BigInteger.ZERO);
        return send(party, agreement, "sign", contract -> contract.sign(value).send());
    }

    /** Commits a witness's vote; keep {@code nonce} secret until the reveal. */
    public Step commitVote(Account witness, String agreement, boolean violated, byte[] evidenceHash, byte[] nonce) {
        List<String> committee = committee(agreement);
        byte[] commitment = voteCommitment(agreement, witness.address(), violated, evidenceHash, nonce);
        return send(witness, agreement, "commit", a -> a.commitVote(committee,
                BigInteger.valueOf(index(agreement, committee, witness)), commitment).send());
    }

    public Step revealVote(Account witness, String agreement, boolean violated, byte[] evidenceHash, byte[] nonce) {
        List<String> committee = committee(agreement);
        return send(witness, agreement, "reveal", a -> a.revealVote(committee,
                BigInteger.valueOf(index(agreement, committee, witness)), violated, evidenceHash, nonce).send());
    }

    public Step settle(Account caller, String agreement) {
        List<String> committee = committee(agreement);
        return send(caller, agreement, "settle", a -> a.settle(committee).send());
    }

    /** What a witness commits, computed here as SlaAgreement.voteCommitment does (never asked of a node). */
    static byte[] voteCommitment(String agreement, String witness, boolean violated, byte[] evidenceHash, byte[] nonce) {
        String encoded = org.web3j.abi.FunctionEncoder.encodeConstructor(List.of(new Address(agreement), new Address(witness),
                new org.web3j.abi.datatypes.Bool(violated), new org.web3j.abi.datatypes.generated.Bytes32(evidenceHash),
                new org.web3j.abi.datatypes.generated.Bytes32(nonce)));
        return org.web3j.crypto.Hash.sha3(org.web3j.utils.Numeric.hexStringToByteArray(encoded));
    }

    public Step withdraw(Account party, String agreement) {
        return send(party, agreement, "withdraw", a -> a.withdraw().send());
    }

    public Step cancel(Account caller, String agreement) {
        return send(caller, agreement, "cancel", a -> a.cancel().send());
    }

    public AgreementState state(String agreement) {
        SlaAgreement a = load(agreement, reader());
        return Contracts.send(() -> {
            String provider = Account.checksum(a.provider().send());
            String customer = Account.checksum(a.customer().send());
            return new AgreementState(agreement, AgreementState.Phase.values()[a.state().send().intValueExact()],
                    provider, customer, a.price().send(), a.witnessFee().send(), a.deadline().send().longValueExact(),
                    a.revealWindow().send().longValueExact(), a.committeeSize().send().intValueExact(),
                    a.quorum().send().intValueExact(), committee(agreement), a.commitMask().send().intValueExact(),
                    a.revealMask().send().intValueExact(), a.violationMask().send().intValueExact(),
                    a.violationConfirmed().send(), a.due(customer).send(), a.due(provider).send(),
                    tx.chain().balance(agreement));
        });
    }

    /** The chain's clock (the latest block's timestamp, seconds), which the agreements' deadlines follow. */
    public long now() {
        return tx.chain().now();
    }

    /** Every agreement the factory created, oldest first. */
    public List<Proposal> proposals() {
        List<Proposal> result = new ArrayList<>();
        for (Log log : logs.of(addresses.factory(), EventEncoder.encode(SlaFactory.SLAPROPOSED_EVENT))) {
            var e = SlaFactory.getSlaProposedEventFromLog(log);
            result.add(new Proposal(Account.checksum(e.agreement), Account.checksum(e.provider), Account.checksum(e.customer), e.termsHash, e.price, e.witnessFee,
                    log.getBlockNumber().longValueExact()));
        }
        return result;
    }

    /** Every settled agreement of the factory, oldest first. */
    public List<Settlement> settlements() {
        List<Proposal> proposals = proposals();
        if (proposals.isEmpty()) return List.of();
        java.util.Map<String, Proposal> byAddress = new java.util.HashMap<>();
        proposals.forEach(p -> byAddress.put(p.agreement().toLowerCase(java.util.Locale.ROOT), p));
        List<String> agreements = proposals.stream().map(Proposal::agreement).toList();
        String topic = EventEncoder.encode(SlaAgreement.SETTLED_EVENT);
        BlockTimes times = new BlockTimes(tx.chain());
        List<Settlement> result = new ArrayList<>();
        for (Log log : logs.paged((from, to) -> {
            EthFilter f = new EthFilter(from, to, agreements);
            f.addSingleTopic(topic);
            return f;
        })) {
            Proposal p = byAddress.get(log.getAddress().toLowerCase(java.util.Locale.ROOT));
            if (p == null) continue;
            var e = SlaAgreement.getSettledEventFromLog(log);
            result.add(new Settlement(p.agreement(), p.provider(), p.customer(), e.violated,
                    log.getBlockNumber().longValueExact(), times.of(log)));
        }
        return result;
    }

    /** The committee the pool drew when the agreement became active (empty before). */
    public List<String> committee(String agreement) {
        List<Log> drawn = logs.of(addresses.pool(), EventEncoder.encode(WitnessPool.COMMITTEEDRAWN_EVENT),
                TypeEncoder.encode(new Address(agreement)));
        if (drawn.isEmpty()) return List.of();
        return WitnessPool.getCommitteeDrawnEventFromLog(drawn.get(0)).committee.stream().map(Account::checksum).toList();
    }

    /** The logs of a contract with these topics (event signature first, then indexed arguments). */
    private interface Call {
        org.web3j.protocol.core.methods.response.TransactionReceipt on(SlaAgreement agreement) throws Exception;
    }

    private Step send(Account account, String agreement, String operation, Call call) {
        var manager = tx.manager(account);
        var receipt = manager.receipt("sla." + operation + ":" + agreement + ":" + account.address(),
                () -> call.on(load(agreement, manager)));
        return new Step(agreement, receipt);
    }

    private static int index(String agreement, List<String> committee, Account witness) {
        for (int i = 0; i < committee.size(); i++) {
            if (committee.get(i).equalsIgnoreCase(witness.address())) return i;
        }
        throw new ChainException(witness.address() + " is not on the committee of " + agreement
                + " (committee: " + String.join(", ", committee) + ")", "NotWitness", null);
    }

    private TransactionManager reader() {
        return new ReadonlyTransactionManager(tx.chain().web3j(), addresses.factory());
    }

    private SlaFactory factory(TransactionManager manager) {
        return SlaFactory.load(addresses.factory(), tx.chain().web3j(), manager, new DefaultGasProvider());
    }

    private SlaAgreement load(String agreement, TransactionManager manager) {
        return SlaAgreement.load(agreement, tx.chain().web3j(), manager, new DefaultGasProvider());
    }

    static SlaFactory.SlaTerms struct(SlaTerms t) {
        return new SlaFactory.SlaTerms(t.provider(), t.customer(), t.termsHash(), t.price(), t.witnessFee(),
                BigInteger.valueOf(t.duration()), BigInteger.valueOf(t.signWindow()), BigInteger.valueOf(t.revealWindow()),
                BigInteger.valueOf(t.compensationBps()), BigInteger.valueOf(t.committeeSize()),
                BigInteger.valueOf(t.quorum()));
    }
}

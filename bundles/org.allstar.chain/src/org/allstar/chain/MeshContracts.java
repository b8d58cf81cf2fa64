// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.allstar.chain.contracts.KnowledgeMesh;
import org.web3j.abi.EventEncoder;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The knowledge mesh: register, publish, update availability, withdraw, feedback, name lookup, and its whole
 * history as events (oldest first), from which the market rebuilds the catalogue.
 */
public final class MeshContracts {
    public static final int ROLE_PROVIDER = 1;
    public static final int ROLE_CUSTOMER = 2;
    public static final int ROLE_WITNESS = 4;
    public static final int ROLE_OPERATOR = 8;
    /** The roles as the KnowledgeMesh contract numbers them: bit i is ROLE_NAMES.get(i). */
    public static final List<String> ROLE_NAMES = List.of("provider", "customer", "witness", "operator");

    /** The role bit of a name of {@link #ROLE_NAMES} ("developer" is a customer too). */
    public static int role(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        int index = ROLE_NAMES.indexOf("developer".equals(n) ? "customer" : n);
        if (index < 0) throw new IllegalArgumentException("unknown role '" + name + "' (" + String.join(", ", ROLE_NAMES) + ")");
        return 1 << index;
    }

    /** The roles of a comma-separated list of names. */
    public static int roles(String names) {
        int roles = 0;
        for (String name : names.split(",")) roles |= role(name);
        return roles;
    }

    /** The names of a role mask, comma-separated. */
    public static String roleNames(int roles) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ROLE_NAMES.size(); i++) {
            if ((roles & (1 << i)) != 0) b.append(b.isEmpty() ? "" : ",").append(ROLE_NAMES.get(i));
        }
        return b.toString();
    }

    /** Something that happened in the mesh, at a block (and its timestamp in seconds). */
    public sealed interface Event permits Registered, Published, AvailabilityUpdated, Withdrawn, Feedback {
        long block();

        long time();
    }

    /** An event with its position in the chain (block, then index in the block), to put them in order. */
    private record Positioned(long block, long index, Event event) {
    }

    public record Registered(String participant, int roles, String name, long block, long time) implements Event {
    }

    public record Published(String serviceId, String provider, String name, byte[] descriptionHash, String descriptionUri,
            String endpoint, BigInteger priceWei, int availabilityBps, long block, long time) implements Event {
    }

    public record AvailabilityUpdated(String serviceId, int availabilityBps, long block, long time) implements Event {
    }

    public record Withdrawn(String serviceId, long block, long time) implements Event {
    }

    public record Feedback(String serviceId, String provider, String customer, int rating, byte[] evidenceHash, long block,
            long time) implements Event {
    }

    private final Transactions tx;
    private final ContractAddresses addresses;
    private final EventLogs logs;

    public MeshContracts(Transactions tx, ContractAddresses addresses) {
        this.tx = tx;
        this.addresses = addresses;
        this.logs = new EventLogs(tx.chain(), addresses.deployedAtBlock());
    }

    /** The id of a service name (keccak-256 of its UTF-8 bytes), as 0x hex. */
    public static String serviceId(String name) {
        return Hash.sha3String(name);
    }

    public Transactions.Receipt register(Account account, int roles, String name) {
        return send(account, "register:" + roles + ":" + name + ":" + tx.chain().blockNumber(), m -> m.register(BigInteger.valueOf(roles), name).send());
    }

    public Transactions.Receipt publish(Account provider, String name, byte[] descriptionHash, String descriptionUri,
            String endpoint, BigInteger priceWei, int availabilityBps) {
        return send(provider, "publish:" + name + ":" + tx.chain().blockNumber(), m -> m.publish(name,
                descriptionHash, descriptionUri, endpoint, priceWei, BigInteger.valueOf(availabilityBps)).send());
    }

    public Transactions.Receipt updateAvailability(Account provider, String name, int availabilityBps) {
        return send(provider, "availability:" + name + ":" + availabilityBps + ":" + tx.chain().blockNumber(),
                m -> m.updateAvailability(id(name), BigInteger.valueOf(availabilityBps)).send());
    }

    public Transactions.Receipt withdraw(Account provider, String name) {
        return send(provider, "withdraw:" + name + ":" + tx.chain().blockNumber(), m -> m.withdraw(id(name)).send());
    }

    public Transactions.Receipt feedback(Account customer, String name, int rating, byte[] evidenceHash) {
        return send(customer, "feedback:" + name, m -> m.feedback(id(name), BigInteger.valueOf(rating), evidenceHash).send());
    }

    /** The provider and endpoint of an active service name. */
    public List<String> lookup(String name) {
        var answer = Contracts.send(() -> mesh(reader()).lookup(name).send());
        return List.of(Account.checksum(answer.component1()), answer.component2());
    }

    /** Every event of the mesh, oldest first. */
    public List<Event> history() {
        List<Positioned> events = new ArrayList<>();
        BlockTimes times = new BlockTimes(tx.chain());
        for (Log log : logs.of(addresses.mesh(), EventEncoder.encode(KnowledgeMesh.PARTICIPANTREGISTERED_EVENT))) {
            var e = KnowledgeMesh.getParticipantRegisteredEventFromLog(log);
            events.add(at(log, new Registered(Account.checksum(e.participant), e.roles.intValueExact(), e.name, block(log), times.of(log))));
        }
        for (Log log : logs.of(addresses.mesh(), EventEncoder.encode(KnowledgeMesh.SERVICEPUBLISHED_EVENT))) {
            var e = KnowledgeMesh.getServicePublishedEventFromLog(log);
            events.add(at(log, new Published(hex(e.serviceId), Account.checksum(e.provider), e.name, e.descriptionHash,
                    e.descriptionUri, e.endpoint, e.priceWei, e.availabilityBps.intValueExact(), block(log), times.of(log))));
        }
        for (Log log : logs.of(addresses.mesh(), EventEncoder.encode(KnowledgeMesh.AVAILABILITYUPDATED_EVENT))) {
            var e = KnowledgeMesh.getAvailabilityUpdatedEventFromLog(log);
            events.add(at(log, new AvailabilityUpdated(hex(e.serviceId), e.availabilityBps.intValueExact(), block(log), times.of(log))));
        }
        for (Log log : logs.of(addresses.mesh(), EventEncoder.encode(KnowledgeMesh.SERVICEWITHDRAWN_EVENT))) {
            var e = KnowledgeMesh.getServiceWithdrawnEventFromLog(log);
            events.add(at(log, new Withdrawn(hex(e.serviceId), block(log), times.of(log))));
        }
        for (Log log : logs.of(addresses.mesh(), EventEncoder.encode(KnowledgeMesh.FEEDBACKGIVEN_EVENT))) {
            var e = KnowledgeMesh.getFeedbackGivenEventFromLog(log);
            events.add(at(log, new Feedback(hex(e.serviceId), Account.checksum(e.provider), Account.checksum(e.customer),
                    e.rating.intValueExact(), e.evidenceHash, block(log), times.of(log))));
        }
        events.sort(Comparator.comparingLong(Positioned::block).thenComparingLong(Positioned::index));
        return events.stream().map(Positioned::event).toList();
    }

    private static Positioned at(Log log, Event event) {
        return new Positioned(block(log), log.getLogIndex().longValueExact(), event);
    }

    private static long block(Log log) {
        return log.getBlockNumber().longValueExact();
    }

    private static String hex(byte[] bytes) {
        return org.web3j.utils.Numeric.toHexString(bytes);
    }

    private static byte[] id(String name) {
        return Hash.sha3(name.getBytes(StandardCharsets.UTF_8));
    }

    private interface Call {
        org.web3j.protocol.core.methods.response.TransactionReceipt on(KnowledgeMesh mesh) throws Exception;
    }

    private Transactions.Receipt send(Account account, String operation, Call call) {
        var manager = tx.manager(account);
        return manager.receipt("mesh." + operation + ":" + account.address(), () -> call.on(mesh(manager)));
    }

    private TransactionManager reader() {
        return new ReadonlyTransactionManager(tx.chain().web3j(), addresses.mesh());
    }

    private KnowledgeMesh mesh(TransactionManager manager) {
        return KnowledgeMesh.load(addresses.mesh(), tx.chain().web3j(), manager, new DefaultGasProvider());
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.allstar.chain.MeshContracts;

/**
 * The knowledge mesh's catalogue as its events say it is: participants with their roles and names, services
 * with their latest description, price and availability, and the feedback they received. Anyone with access
 * to the chain rebuilds exactly this from the logs; nothing is taken from a server.
 */
public final class Catalogue {
    public record Participant(String address, int roles, String name) {
        public boolean has(int role) {
            return (roles & role) != 0;
        }
    }

    public record Service(String id, String name, String provider, byte[] descriptionHash, String descriptionUri,
            String endpoint, BigInteger priceWei, int availabilityBps, boolean active, long publishedAt) {
    }

    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final List<MeshContracts.Feedback> feedback = new ArrayList<>();

    private Catalogue() {
    }

    public static Catalogue of(List<MeshContracts.Event> history) {
        Catalogue c = new Catalogue();
        history.forEach(c::apply);
        return c;
    }

    private void apply(MeshContracts.Event event) {
        switch (event) {
        case MeshContracts.Registered r -> participants.put(key(r.participant()), new Participant(r.participant(), r.roles(), r.name()));
        case MeshContracts.Published p -> services.put(p.serviceId(), new Service(p.serviceId(), p.name(), p.provider(),
                p.descriptionHash(), p.descriptionUri(), p.endpoint(), p.priceWei(), p.availabilityBps(), true, p.time()));
        case MeshContracts.AvailabilityUpdated a -> services.computeIfPresent(a.serviceId(), (id, s) -> new Service(id, s.name(),
                s.provider(), s.descriptionHash(), s.descriptionUri(), s.endpoint(), s.priceWei(), a.availabilityBps(),
                s.active(), s.publishedAt()));
        case MeshContracts.Withdrawn w -> services.computeIfPresent(w.serviceId(), (id, s) -> new Service(id, s.name(),
                s.provider(), s.descriptionHash(), s.descriptionUri(), s.endpoint(), s.priceWei(), s.availabilityBps(), false,
                s.publishedAt()));
        case MeshContracts.Feedback f -> feedback.add(f);
        }
    }

    public Collection<Participant> participants() {
        return participants.values();
    }

    public Optional<Participant> participant(String address) {
        return Optional.ofNullable(participants.get(key(address)));
    }

    /** The participant registered under a name (the latest registration wins). */
    public Optional<Participant> participantNamed(String name) {
        Participant found = null;
        for (Participant p : participants.values()) {
            if (p.name().equals(name)) found = p;
        }
        return Optional.ofNullable(found);
    }

    /** Every service ever published, withdrawn ones included. */
    public Collection<Service> services() {
        return services.values();
    }

    public List<Service> activeServices() {
        return services.values().stream().filter(Service::active).toList();
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(MeshContracts.serviceId(name)));
    }

    /**
     * The active services whose provider settled an agreement with {@code customer}: what the customer can rate from
     * experience (the Give feedback wizard offers these).
     */
    public List<Service> ratableBy(String customer, List<org.allstar.chain.SlaContracts.Settlement> settlements) {
        return activeServices().stream().filter(s -> settlements.stream().anyMatch(t -> t.customer().equalsIgnoreCase(customer)
                && t.provider().equalsIgnoreCase(s.provider()))).toList();
    }

    public List<MeshContracts.Feedback> feedback() {
        return List.copyOf(feedback);
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}

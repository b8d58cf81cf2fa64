// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.allstar.model.Accelerator;
import org.allstar.model.Node;
import org.allstar.model.Provider;

/**
 * A discovery query over the catalogue: kind (cloud, edge, mobile), region, accelerator kind or model, highest
 * price, lowest availability and lowest reputation; null means "any". Kind, region and accelerators come from
 * the service's ALLSTAR-ML description (its provider); the caller loads it and this checks the description's
 * hash, so a description changed after publication is not trusted.
 */
public record ServiceQuery(String kind, String region, String accelerator, BigInteger maxPriceWei,
        Integer minAvailabilityBps, Double minReputation) {

    public static final ServiceQuery ANY = new ServiceQuery(null, null, null, null, null, null);

    /** A service that matched, with its provider's description and reputation. */
    public record Match(Catalogue.Service service, Provider description, ReputationAuditor.Score reputation) {
    }

    /** Why a service was left out, for the "why not" of a discovery. */
    public record Miss(Catalogue.Service service, String reason) {
    }

    public record Result(List<Match> matches, List<Miss> misses) {
    }

    /**
     * Runs the query; matches sorted by reputation (highest first), then price. {@code descriptions} gives the
     * provider described by a service (verified against its hash by the caller), empty when it cannot be read.
     */
    public Result run(Catalogue catalogue, Function<Catalogue.Service, Optional<Provider>> descriptions,
            Function<String, ReputationAuditor.Score> reputations) {
        List<Match> matches = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        for (Catalogue.Service service : catalogue.activeServices()) {
            if (maxPriceWei != null && service.priceWei().compareTo(maxPriceWei) > 0) {
                misses.add(new Miss(service, "price " + service.priceWei() + " wei is above " + maxPriceWei));
                continue;
            }
            if (minAvailabilityBps != null && service.availabilityBps() < minAvailabilityBps) {
                misses.add(new Miss(service, "availability " + service.availabilityBps() / 100.0 + " % is below "
                        + minAvailabilityBps / 100.0 + " %"));
                continue;
            }
            ReputationAuditor.Score score = reputations.apply(service.provider());
            if (minReputation != null && score.value() < minReputation) {
                misses.add(new Miss(service, String.format(Locale.ROOT, "reputation %.3f is below %.3f", score.value(), minReputation)));
                continue;
            }
            Optional<Provider> description = descriptions.apply(service);
            if (description.isEmpty()) {
                if (kind != null || region != null || accelerator != null) {
                    misses.add(new Miss(service, "its description (" + service.descriptionUri() + ") cannot be read or does not match its hash"));
                    continue;
                }
                matches.add(new Match(service, null, score));
                continue;
            }
            String reason = mismatch(description.get());
            if (reason != null) misses.add(new Miss(service, reason));
            else matches.add(new Match(service, description.get(), score));
        }
        matches.sort(Comparator.comparingDouble((Match m) -> -m.reputation().value())
                .thenComparing(m -> m.service().priceWei()));
        return new Result(matches, misses);
    }

    private String mismatch(Provider provider) {
        if (kind != null && (provider.getKind() == null || !provider.getKind().getLiteral().equalsIgnoreCase(kind))) {
            return "kind " + (provider.getKind() == null ? "unknown" : provider.getKind().getLiteral()) + ", not " + kind;
        }
        if (region != null && (provider.getRegion() == null || !provider.getRegion().equalsIgnoreCase(region))) {
            return "region " + provider.getRegion() + ", not " + region;
        }
        if (accelerator != null && provider.getNodes().stream().noneMatch(this::hasAccelerator)) {
            return "no node with a " + accelerator + " accelerator";
        }
        return null;
    }

    private boolean hasAccelerator(Node node) {
        for (Accelerator a : node.getAccelerators()) {
            if ((a.getKind() != null && a.getKind().getLiteral().equalsIgnoreCase(accelerator))
                    || (a.getModel() != null && a.getModel().equalsIgnoreCase(accelerator))
                    || (a.getVendor() != null && a.getVendor().equalsIgnoreCase(accelerator))) {
                return true;
            }
        }
        return false;
    }
}

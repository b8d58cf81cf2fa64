// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import java.util.ArrayList;
import java.util.List;

import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;

/**
 * Provider reputation from on-chain history alone, with the Beta reputation model (Jøsang and Ismail, 2002):
 * evidence for (r) and against (s) the provider, each piece weighted by a forgetting factor λ per period of its
 * age, and the reputation is the expected value of Beta(r + 1, s + 1) = (r + 1) / (r + s + 2). With no history it
 * is 0.5. Evidence: an agreement settled without a confirmed violation counts 1 for; a confirmed violation 1
 * against; a feedback rating k of 1 to 5 counts (k − 1) / 4 for and (5 − k) / 4 against, but only from a customer
 * that has a settled agreement with the provider (anyone can register as a customer and rate; only a real
 * customer's rating counts). Ages are measured from
 * a block timestamp the caller names (by default the latest block), so anyone who reads the same chain and uses
 * the same λ, period and time gets the same number.
 */
public final class ReputationAuditor {
    public static final double DEFAULT_FORGETTING = 0.9;
    public static final long DEFAULT_PERIOD_SECONDS = 30L * 24 * 3600;

    /** One piece of evidence: when, how much for and against, and what it was. */
    public record Evidence(long time, double positive, double negative, String what) {
    }

    /** The result: weighted evidence for and against, the reputation in [0, 1], and what it was computed from. */
    public record Score(String provider, double positive, double negative, double value, List<Evidence> evidence) {
        public Score {
            evidence = List.copyOf(evidence);
        }
    }

    private final double forgetting;
    private final long periodSeconds;

    public ReputationAuditor(double forgetting, long periodSeconds) {
        if (forgetting <= 0 || forgetting > 1) throw new IllegalArgumentException("forgetting factor must be in (0, 1]");
        if (periodSeconds <= 0) throw new IllegalArgumentException("period must be positive");
        this.forgetting = forgetting;
        this.periodSeconds = periodSeconds;
    }

    public static ReputationAuditor standard() {
        return new ReputationAuditor(DEFAULT_FORGETTING, DEFAULT_PERIOD_SECONDS);
    }

    public double forgetting() {
        return forgetting;
    }

    public long periodSeconds() {
        return periodSeconds;
    }

    public Score score(String provider, List<SlaContracts.Settlement> settlements, List<MeshContracts.Feedback> feedback,
            long now) {
        List<Evidence> evidence = new ArrayList<>();
        for (SlaContracts.Settlement s : settlements) {
            if (!s.provider().equalsIgnoreCase(provider)) continue;
            evidence.add(s.violated() ? new Evidence(s.time(), 0, 1, "violation confirmed in " + s.agreement())
                    : new Evidence(s.time(), 1, 0, "completed " + s.agreement()));
        }
        java.util.Set<String> customers = new java.util.HashSet<>();
        for (SlaContracts.Settlement s : settlements) {
            if (s.provider().equalsIgnoreCase(provider)) customers.add(s.customer().toLowerCase(java.util.Locale.ROOT));
        }
        for (MeshContracts.Feedback f : feedback) {
            if (!f.provider().equalsIgnoreCase(provider) || !customers.contains(f.customer().toLowerCase(java.util.Locale.ROOT))) continue;
            evidence.add(new Evidence(f.time(), (f.rating() - 1) / 4.0, (5 - f.rating()) / 4.0,
                    "rating " + f.rating() + " by " + f.customer()));
        }
        double r = 0;
        double s = 0;
        for (Evidence e : evidence) {
            double weight = Math.pow(forgetting, Math.max(0, now - e.time()) / (double) periodSeconds);
            r += weight * e.positive();
            s += weight * e.negative();
        }
        return new Score(provider, r, s, (r + 1) / (r + s + 2), evidence);
    }
}

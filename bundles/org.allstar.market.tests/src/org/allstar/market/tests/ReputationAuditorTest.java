// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.market.ReputationAuditor;
import org.junit.jupiter.api.Test;

/** The Beta reputation against numbers worked out by hand. */
class ReputationAuditorTest {
    static final String P = "0x00000000000000000000000000000000000000aa";
    static final String OTHER = "0x00000000000000000000000000000000000000bb";

    static SlaContracts.Settlement settled(String provider, boolean violated, long time) {
        return new SlaContracts.Settlement("0xsla" + time, provider, "0xc", violated, 1, time);
    }

    static MeshContracts.Feedback rating(String provider, int stars, long time) {
        return new MeshContracts.Feedback("0xid", provider, "0xc", stars, new byte[32], 1, time);
    }

    @Test
    void noHistoryIsAnEvenChance() {
        assertEquals(0.5, ReputationAuditor.standard().score(P, List.of(), List.of(), 1000).value(), 1e-12);
    }

    @Test
    void evidenceIsWeightedByItsAge() {
        // λ = 0.5 per 100 s, evaluated at t = 300:
        //   completed at 300 (weight 1)        r += 1
        //   violation at 200 (weight 0.5)      s += 0.5
        //   rating 5 at 100 (weight 0.25)      r += 0.25 (rating 5: 1 for, 0 against)
        //   rating 1 at 300 (weight 1)         s += 1    (rating 1: 0 for, 1 against)
        //   rating 3 at 200 (weight 0.5)       r += 0.25, s += 0.25
        //   another provider's violation: ignored
        // r = 1.5, s = 1.75, reputation = (1.5 + 1) / (1.5 + 1.75 + 2) = 2.5 / 5.25
        var auditor = new ReputationAuditor(0.5, 100);
        var score = auditor.score(P,
                List.of(settled(P, false, 300), settled(P, true, 200), settled(OTHER, true, 300)),
                List.of(rating(P, 5, 100), rating(P, 1, 300), rating(P, 3, 200), rating(OTHER, 1, 300)), 300);
        assertEquals(1.5, score.positive(), 1e-12);
        assertEquals(1.75, score.negative(), 1e-12);
        assertEquals(2.5 / 5.25, score.value(), 1e-12);
        assertEquals(5, score.evidence().size());
    }

    @Test
    void withoutForgettingEveryPieceCountsFully() {
        var score = new ReputationAuditor(1.0, 1).score(P, List.of(settled(P, false, 0), settled(P, false, 10)),
                List.of(rating(P, 4, 5)), 1_000_000);
        // r = 1 + 1 + 0.75, s = 0.25: (2.75 + 1) / (3 + 2) = 0.75
        assertEquals(0.75, score.value(), 1e-12);
    }

    @Test
    void onlyCustomersWithASettledAgreementRate() {
        var score = new ReputationAuditor(1.0, 1).score(P, List.of(settled(P, false, 0)),
                List.of(rating(P, 5, 1), new MeshContracts.Feedback("0xid", P, "0xsybil", 5, new byte[32], 1, 1)), 10);
        // one settlement (1 for) and the real customer's 5 stars (1 for); the sybil's rating is ignored
        assertEquals(3.0 / 4.0, score.value(), 1e-12);
        assertEquals(2, score.evidence().size());
    }

    @Test
    void nonsenseParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReputationAuditor(0, 100));
        assertThrows(IllegalArgumentException.class, () -> new ReputationAuditor(1.5, 100));
        assertThrows(IllegalArgumentException.class, () -> new ReputationAuditor(0.9, 0));
    }
}

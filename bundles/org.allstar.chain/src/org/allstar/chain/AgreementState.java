// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigInteger;
import java.util.List;

/** An SLA agreement as the chain has it now. Times are the chain's (block timestamps, seconds). */
public record AgreementState(String address, Phase phase, String provider, String customer, BigInteger price,
        BigInteger witnessFee, long deadline, long revealWindow, int committeeSize, int quorum, List<String> committee,
        int commitMask, int revealMask, int violationMask, boolean violationConfirmed, BigInteger dueToCustomer,
        BigInteger dueToProvider, BigInteger balance) {

    /** The contract's State enum, in its order. */
    public enum Phase { NONE, PROPOSED, ACTIVE, SETTLED, CANCELLED }

    public AgreementState {
        committee = List.copyOf(committee);
    }

    /** Whether every committee seat has committed its vote (the bits of {@code commitMask}). */
    public boolean everyoneCommitted() {
        return committeeSize > 0 && commitMask == (1 << committeeSize) - 1;
    }

    /**
     * Whether the contract takes a reveal at chain time {@code now} (seconds): while the agreement is active and the
     * reveal window is open, once the whole committee has committed or the agreement has ended; earlier it
     * refuses with RevealTooEarly, so nobody's vote is seen before everyone's is fixed.
     */
    public boolean revealOpen(long now) {
        return phase == Phase.ACTIVE && now < deadline + revealWindow && (now >= deadline || everyoneCommitted());
    }

    /** The index of a witness in the committee, or -1. */
    public int indexOf(String witness) {
        for (int i = 0; i < committee.size(); i++) {
            if (committee.get(i).equalsIgnoreCase(witness)) return i;
        }
        return -1;
    }
}

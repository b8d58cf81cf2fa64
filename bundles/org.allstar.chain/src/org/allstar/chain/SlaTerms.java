// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The terms of an SLA as the chain enforces them (see SlaTerms.sol); {@code termsHash} is the keccak-256 of
 * the SLA's ALLSTAR-ML text. Durations in seconds, amounts in wei, compensation in basis points.
 */
public record SlaTerms(String provider, String customer, byte[] termsHash, BigInteger price, BigInteger witnessFee,
        long duration, long signWindow, long revealWindow, int compensationBps, int committeeSize, int quorum) {

    public SlaTerms {
        if (termsHash.length != 32) throw new IllegalArgumentException("termsHash must be 32 bytes");
        termsHash = termsHash.clone();
    }

    /** The terms hash of an SLA's ALLSTAR-ML text: keccak-256 of its UTF-8 bytes. */
    public static byte[] hashOf(String text) {
        return TextHash.of(text);
    }

    /** Escrowed by the customer: the price and the witnesses' fee. */
    public BigInteger escrow() {
        return price.add(witnessFee);
    }

    @Override
    public byte[] termsHash() {
        return termsHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaTerms t && provider.equalsIgnoreCase(t.provider) && customer.equalsIgnoreCase(t.customer)
                && Arrays.equals(termsHash, t.termsHash) && price.equals(t.price) && witnessFee.equals(t.witnessFee)
                && duration == t.duration && signWindow == t.signWindow && revealWindow == t.revealWindow
                && compensationBps == t.compensationBps && committeeSize == t.committeeSize && quorum == t.quorum;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(termsHash);
    }
}

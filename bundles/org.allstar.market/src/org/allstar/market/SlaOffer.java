// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.allstar.chain.SlaTerms;
import org.allstar.model.Model;
import org.allstar.model.Participant;
import org.allstar.model.Provider;
import org.allstar.model.Quantity;
import org.allstar.model.Sla;
import org.allstar.model.quantity.Dimension;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;

/**
 * The chain terms of an SLA of the model, for one of its providers. The terms hash is the keccak-256 of the
 * SLA's ALLSTAR-ML text, so the chain commits to every metric and threshold in it. Amounts: the escrowed price
 * is the SLA's price for its whole duration (price × duration / price period), shared equally by its providers
 * (one agreement each); a price in EUR needs the exchange rate in wei per EUR. The witness fee is the SLA's fee
 * per witness times the committee size.
 */
public final class SlaOffer {
    /** How long the provider has to sign a proposal, unless the user says otherwise: 7 days. */
    public static final long DEFAULT_SIGN_WINDOW_SECONDS = 7 * 86400;
    /** How long witnesses have to reveal their votes after the agreement ends, by default: 1 day. */
    public static final long DEFAULT_REVEAL_WINDOW_SECONDS = 86400;
    private static final BigDecimal WEI_PER_ETH = new BigDecimal(BigInteger.TEN.pow(18));

    private SlaOffer() {
    }

    /** The exchange rate that {@link #terms} takes, from a rate in EUR per ETH (e.g. 3000): wei per EUR, rounded down. */
    public static BigInteger weiPerEur(BigDecimal eurPerEth) {
        if (eurPerEth.signum() <= 0) throw new IllegalArgumentException("the exchange rate must be positive, not " + eurPerEth);
        return WEI_PER_ETH.divide(eurPerEth, 0, RoundingMode.DOWN).toBigIntegerExact();
    }

    /** A wei amount in EUR at {@code eurPerEth}, to two decimals: what the user compares with the model's price. */
    public static BigDecimal eur(BigInteger wei, BigDecimal eurPerEth) {
        return new BigDecimal(wei).multiply(eurPerEth).divide(WEI_PER_ETH, 2, RoundingMode.HALF_EVEN);
    }

    /** The SLA named {@code name} among {@code models}; exactly one must exist. */
    public static Sla find(List<Model> models, String name) {
        List<Sla> found = slas(models).stream().filter(s -> name.equals(s.getName())).toList();
        if (found.size() != 1) throw new Unfit((found.isEmpty() ? "no sla '" : "more than one sla '") + name + "' in the models");
        return found.get(0);
    }

    /** Every SLA of {@code models}, in file order. */
    public static List<Sla> slas(List<Model> models) {
        return models.stream().flatMap(m -> m.getElements().stream()).filter(Sla.class::isInstance).map(Sla.class::cast).toList();
    }

    /**
     * The provider of {@code sla} named {@code name}; null name: its only provider. Each provider gets its own
     * agreement, so with several the caller must say which.
     */
    public static Provider provider(Sla sla, String name) {
        List<Provider> providers = sla.getProviders().stream().filter(p -> name == null || name.equals(p.getName())).toList();
        if (providers.size() != 1) {
            throw new IllegalArgumentException("say which provider (" + String.join(", ",
                    sla.getProviders().stream().map(Provider::getName).toList()) + "); each gets its own agreement");
        }
        return providers.get(0);
    }

    /** When a term cannot be made: says which and what to write in the model. */
    public static final class Unfit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unfit(String message) {
            super(message);
        }
    }

    public static SlaTerms terms(Sla sla, String slaText, Provider provider, BigInteger weiPerEur, long signWindowSeconds,
            long revealWindowSeconds) {
        String name = sla.getName();
        if (!sla.getProviders().contains(provider)) throw new Unfit(name + ": " + provider.getName() + " is not one of its providers");
        String providerWallet = wallet(provider, name);
        String customerWallet = wallet(sla.getCustomer(), name);
        long duration = seconds(sla.getDuration(), name, "duration (e.g. duration 12 months)");
        BigInteger total = amount(sla.getPrice(), weiPerEur, name, "price");
        if (sla.getPricePeriod() != null) {
            long period = seconds(sla.getPricePeriod(), name, "price period");
            total = total.multiply(BigInteger.valueOf(duration)).divide(BigInteger.valueOf(period));
        }
        BigInteger share = total.divide(BigInteger.valueOf(sla.getProviders().size()));
        int witnesses = sla.isSetWitnesses() ? sla.getWitnesses() : 3;
        int quorum = sla.isSetQuorum() ? sla.getQuorum() : witnesses / 2 + 1;
        BigInteger fee = sla.getFee() == null ? BigInteger.ZERO
                : amount(sla.getFee(), weiPerEur, name, "fee").multiply(BigInteger.valueOf(witnesses));
        int compensationBps = sla.getCompensation() == null ? 0 : basisPoints(sla.getCompensation(), name);
        byte[] termsHash = SlaTerms.hashOf(slaText);
        return new SlaTerms(providerWallet, customerWallet, termsHash, share, fee, duration, signWindowSeconds,
                revealWindowSeconds, compensationBps, witnesses, quorum);
    }

    private static String wallet(Participant p, String sla) {
        if (p == null) throw new Unfit(sla + ": the SLA names no customer");
        if (p.getWallet() == null || p.getWallet().isBlank()) {
            throw new Unfit(sla + ": " + p.getName() + " has no wallet; add `wallet 0x...` to it");
        }
        return p.getWallet();
    }

    private static long seconds(Quantity q, String sla, String what) {
        if (q == null) throw new Unfit(sla + ": no " + what);
        Rational value = Quantities.valueIn(q, Unit.SECOND).orElseThrow(() -> new Unfit(sla + ": " + what + " is not a time"));
        return value.toBigDecimal(java.math.MathContext.DECIMAL64).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static BigInteger amount(Quantity q, BigInteger weiPerEur, String sla, String what) {
        Optional<Unit> unit = Quantities.unitOf(q);
        if (unit.isPresent() && unit.get().dimension() == Dimension.CRYPTO) {
            return wei(Quantities.valueIn(q, Unit.WEI).orElseThrow());
        }
        if (weiPerEur == null) {
            throw new Unfit(sla + ": the " + what + " is in EUR; give the exchange rate (wei per EUR) or write it in ETH");
        }
        Rational eur = Quantities.valueIn(q, Unit.EUR).orElseThrow(() -> new Unfit(sla + ": the " + what + " is not money"));
        return wei(eur.multiply(Rational.of(weiPerEur, BigInteger.ONE)));
    }

    private static BigInteger wei(Rational r) {
        return r.numerator().divide(r.denominator());
    }

    private static int basisPoints(Quantity q, String sla) {
        Rational percent = Quantities.valueIn(q, Unit.PERCENT).orElseThrow(() -> new Unfit(sla + ": compensation is not a percentage"));
        return percent.multiply(Rational.of(100)).toBigDecimal(java.math.MathContext.DECIMAL64).setScale(0, RoundingMode.DOWN)
                .intValueExact();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact fraction. Unit conversion multiplies by factors such as 1/730 (EUR per month to EUR per hour) whose
 * decimal expansion never ends, so quantities are compared and converted as fractions and only rounded for display.
 */
public final class Rational implements Comparable<Rational> {

	public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
	public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

	private final BigInteger numerator;
	private final BigInteger denominator;

	private Rational(BigInteger numerator, BigInteger denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	/** A normalised fraction (positive denominator, lowest terms). */
	public static Rational of(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("denominator is zero");
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.signum() == 0) {
			gcd = BigInteger.ONE;
		}
		BigInteger num = numerator.divide(gcd);
		BigInteger den = denominator.divide(gcd);
		if (den.signum() < 0) {
			num = num.negate();
			den = den.negate();
		}
		return new Rational(num, den);
	}

	public static Rational of(long numerator, long denominator) {
		return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	public static Rational of(long value) {
		return of(value, 1);
	}

	/** The exact value of a decimal: 1.21 becomes 121/100. */
	public static Rational of(BigDecimal value) {
		if (value.scale() <= 0) {
			return of(value.toBigIntegerExact(), BigInteger.ONE);
		}
		return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
	}

	/** Ten to the given power, for SI prefixes. */
	public static Rational powerOfTen(int exponent) {
		BigInteger power = BigInteger.TEN.pow(Math.abs(exponent));
		return exponent >= 0 ? of(power, BigInteger.ONE) : of(BigInteger.ONE, power);
	}

	public BigInteger numerator() {
		return numerator;
	}

	public BigInteger denominator() {
		return denominator;
	}

	public int signum() {
		return numerator.signum();
	}

	public Rational add(Rational other) {
		return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	public Rational subtract(Rational other) {
		return add(other.negate());
	}

	public Rational negate() {
		return new Rational(numerator.negate(), denominator);
	}

	public Rational multiply(Rational other) {
		return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
	}

	public Rational divide(Rational other) {
		return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
	}

	/** True when the decimal expansion terminates, so {@link #toBigDecimalExact()} succeeds. */
	public boolean isTerminatingDecimal() {
		BigInteger rest = denominator;
		for (BigInteger factor : new BigInteger[] { BigInteger.TWO, BigInteger.valueOf(5) }) {
			while (rest.mod(factor).signum() == 0) {
				rest = rest.divide(factor);
			}
		}
		return rest.equals(BigInteger.ONE);
	}

	/** The exact decimal; throws ArithmeticException when the expansion does not terminate. */
	public BigDecimal toBigDecimalExact() {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros();
	}

	/** A rounded decimal, for display and for numeric work such as solver coefficients. */
	public BigDecimal toBigDecimal(MathContext context) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), context).stripTrailingZeros();
	}

	public double doubleValue() {
		return toBigDecimal(MathContext.DECIMAL64).doubleValue();
	}

	@Override
	public int compareTo(Rational other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Rational other && numerator.equals(other.numerator) && denominator.equals(other.denominator);
	}

	@Override
	public int hashCode() {
		return Objects.hash(numerator, denominator);
	}

	/** The plain decimal when it terminates, else a fraction such as 10/73. */
	@Override
	public String toString() {
		return isTerminatingDecimal() ? toBigDecimalExact().toPlainString() : numerator + "/" + denominator;
	}
}

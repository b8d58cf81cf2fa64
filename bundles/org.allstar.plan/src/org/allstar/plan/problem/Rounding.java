// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.problem;

import java.math.BigInteger;

import org.allstar.model.quantity.Rational;

/** Exact amounts to whole solver units, always rounded the way that keeps plans valid. */
public final class Rounding {

	private Rounding() {
	}

	/** The least whole number at or above {@code value}. */
	public static long up(Rational value) {
		BigInteger[] qr = value.numerator().divideAndRemainder(value.denominator());
		return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
	}

	/** The greatest whole number at or below {@code value}. */
	public static long down(Rational value) {
		BigInteger[] qr = value.numerator().divideAndRemainder(value.denominator());
		return qr[0].longValueExact() - (qr[1].signum() < 0 ? 1 : 0);
	}
}

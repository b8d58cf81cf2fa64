// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.allstar.model.quantity.Dimension;
import org.allstar.model.quantity.IncompatibleUnitsException;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class UnitsTest {

	@Test
	void gigabitIsAThousandMegabit() {
		assertEquals(Rational.of(1000), Unit.GBPS.convert(Rational.ONE, Unit.MBPS));
	}

	@Test
	void monthlyPriceToHourlyIsExact() {
		Rational perHour = Unit.EUR_PER_MONTH.convert(Rational.of(900), Unit.EUR_PER_HOUR);
		assertEquals(Rational.of(90, 73), perHour);
		assertEquals(Rational.of(900), Unit.EUR_PER_HOUR.convert(perHour, Unit.EUR_PER_MONTH));
		assertEquals("90/73", perHour.toString());
	}

	@Test
	void etherToWei() {
		assertEquals(Rational.of(new BigDecimal("10000000000000000")),
				Unit.ETHER.convert(Rational.of(new BigDecimal("0.01")), Unit.WEI));
		assertEquals(Rational.of(10), Unit.ETHER.convert(Rational.of(new BigDecimal("0.01")), Unit.FINNEY));
	}

	@Test
	void decimalAndBinaryPrefixesDiffer() {
		assertEquals(Rational.of(1_073_741_824L, 1_000_000_000L), Unit.GIBIBYTE.convert(Rational.ONE, Unit.GIGABYTE));
	}

	@Test
	void percentAndMilliseconds() {
		assertEquals(Rational.of(new BigDecimal("0.9995")), Unit.PERCENT.convert(Rational.of(new BigDecimal("99.95")), 
				Unit.PERCENT).multiply(Rational.of(1, 100)));
		assertEquals(Rational.of(38, 1000), Unit.MILLISECOND.convert(Rational.of(38), Unit.SECOND));
	}

	@Test
	void wrongDimensionIsRefused() {
		assertThrows(IncompatibleUnitsException.class, () -> Unit.MILLISECOND.convert(Rational.ONE, Unit.GIGABYTE));
		assertThrows(IncompatibleUnitsException.class, () -> Unit.EUR.convert(Rational.ONE, Unit.ETHER));
	}

	@Test
	void quantitiesCompareAcrossUnits() {
		assertEquals(0, Quantities.compare(Quantities.create(new BigDecimal("1"), Unit.GBPS),
				Quantities.create(new BigDecimal("1000"), Unit.MBPS)));
		assertTrue(Quantities.compare(Quantities.create(new BigDecimal("150"), Unit.MILLISECOND),
				Quantities.create(new BigDecimal("0.2"), Unit.SECOND)) < 0);
	}

	@Test
	void symbolsAreCaseSensitive() {
		assertEquals(Unit.MEGABYTE, Unit.bySymbol("MB").orElseThrow());
		assertTrue(Unit.bySymbol("mb").isEmpty());
		assertTrue(Unit.symbolsOf(Dimension.DATA_RATE).contains("Gbps"));
	}
}

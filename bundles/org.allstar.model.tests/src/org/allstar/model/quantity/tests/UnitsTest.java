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
	void percentIsAHundredth() {
		assertEquals(Rational.of(new BigDecimal("0.9995")), Unit.PERCENT.factor().multiply(Rational.of(new BigDecimal("99.95"))));
		assertEquals(Rational.of(38, 1000), Unit.MILLISECOND.convert(Rational.of(38), Unit.SECOND));
	}

	@Test
	void calendarUnits() {
		assertEquals(Rational.of(24), Unit.DAY.convert(Rational.ONE, Unit.HOUR));
		assertEquals(Rational.of(730), Unit.MONTH.convert(Rational.ONE, Unit.HOUR));
		assertEquals(Rational.of(12), Unit.YEAR.convert(Rational.ONE, Unit.MONTH));
		assertEquals(Rational.of(365), Unit.YEAR.convert(Rational.ONE, Unit.DAY));
	}

	@Test
	void smallerUnits() {
		assertEquals(Rational.of(1024), Unit.KIBIBYTE.convert(Rational.ONE, Unit.BYTE));
		assertEquals(Rational.of(1, 2), Unit.MILLICORE.convert(Rational.of(500), Unit.CORE));
		assertEquals(Rational.of(1_000_000_000L), Unit.GWEI.convert(Rational.ONE, Unit.WEI));
		assertEquals(Rational.of(1, 60), Unit.REQUESTS_PER_MINUTE.convert(Rational.ONE, Unit.REQUESTS_PER_SECOND));
		assertEquals(Rational.of(24), Unit.EUR_PER_HOUR.convert(Rational.ONE, Unit.EUR_PER_DAY));
	}

	@Test
	void rationalsAreNormalisedAndPrinted() {
		assertEquals(Rational.of(1, 2), Rational.of(-3, -6));
		assertEquals("-1/3", Rational.of(2, -6).toString());
		assertEquals("1.21", Rational.of(new BigDecimal("1.21")).toString());
		assertEquals("1000", Rational.of(new BigDecimal("1E+3")).toString());
		assertTrue(Rational.of(1, 3).compareTo(Rational.of(333, 1000)) > 0);
		assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
	}

	@Test
	void valueInAnotherUnit() {
		var memory = Quantities.create(new BigDecimal("2"), Unit.GIGABYTE);
		assertEquals(Rational.of(2000), Quantities.valueIn(memory, Unit.MEGABYTE).orElseThrow());
		memory.setUnit("GBytes");
		assertTrue(Quantities.valueIn(memory, Unit.MEGABYTE).isEmpty());
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

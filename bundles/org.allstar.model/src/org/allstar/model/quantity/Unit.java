// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity;

import static org.allstar.model.quantity.Dimension.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units ALLSTAR-ML knows, each with its exact factor to its dimension's base unit. SI prefixes are decimal
 * (1 GB = 10^9 B, 1 Gbps = 10^9 bit/s); the binary ones are spelled KiB, MiB, GiB, TiB. A month is 730 hours
 * (365 days / 12), the convention of cloud price lists, so EUR/month and EUR/h convert exactly.
 */
public enum Unit {
	MILLISECOND(TIME, Rational.of(1, 1000), "ms"),
	SECOND(TIME, Rational.ONE, "s"),
	MINUTE(TIME, Rational.of(60), "min"),
	HOUR(TIME, Rational.of(3600), "h"),
	DAY(TIME, Rational.of(86_400), "days", "day", "d"),
	MONTH(TIME, Rational.of(730L * 3600), "months", "month"),
	YEAR(TIME, Rational.of(8760L * 3600), "years", "year"),

	BPS(DATA_RATE, Rational.ONE, "bps"),
	KBPS(DATA_RATE, Rational.powerOfTen(3), "Kbps", "kbps"),
	MBPS(DATA_RATE, Rational.powerOfTen(6), "Mbps"),
	GBPS(DATA_RATE, Rational.powerOfTen(9), "Gbps"),
	TBPS(DATA_RATE, Rational.powerOfTen(12), "Tbps"),

	BYTE(DATA_SIZE, Rational.ONE, "B"),
	KILOBYTE(DATA_SIZE, Rational.powerOfTen(3), "KB", "kB"),
	MEGABYTE(DATA_SIZE, Rational.powerOfTen(6), "MB"),
	GIGABYTE(DATA_SIZE, Rational.powerOfTen(9), "GB"),
	TERABYTE(DATA_SIZE, Rational.powerOfTen(12), "TB"),
	KIBIBYTE(DATA_SIZE, Rational.of(1L << 10), "KiB"),
	MEBIBYTE(DATA_SIZE, Rational.of(1L << 20), "MiB"),
	GIBIBYTE(DATA_SIZE, Rational.of(1L << 30), "GiB"),
	TEBIBYTE(DATA_SIZE, Rational.of(1L << 40), "TiB"),

	PERCENT(RATIO, Rational.of(1, 100), "%"),

	CORE(CPU, Rational.ONE, "cores", "core"),
	MILLICORE(CPU, Rational.of(1, 1000), "millicores", "m"),

	EUR(MONEY, Rational.ONE, "EUR"),

	ETHER(CRYPTO, Rational.powerOfTen(18), "ETH"),
	FINNEY(CRYPTO, Rational.powerOfTen(15), "finney"),
	GWEI(CRYPTO, Rational.powerOfTen(9), "gwei"),
	WEI(CRYPTO, Rational.ONE, "wei"),

	// base: EUR per second
	EUR_PER_HOUR(PRICE_RATE, Rational.of(1, 3600), "EUR/h"),
	EUR_PER_DAY(PRICE_RATE, Rational.of(1, 86_400), "EUR/day"),
	EUR_PER_MONTH(PRICE_RATE, Rational.of(1, 730L * 3600), "EUR/month"),
	EUR_PER_YEAR(PRICE_RATE, Rational.of(1, 8760L * 3600), "EUR/year"),

	MILLIWATT(POWER, Rational.of(1, 1000), "mW"),
	WATT(POWER, Rational.ONE, "W"),
	KILOWATT(POWER, Rational.powerOfTen(3), "kW"),

	REQUESTS_PER_SECOND(REQUEST_RATE, Rational.ONE, "rps", "req/s"),
	REQUESTS_PER_MINUTE(REQUEST_RATE, Rational.of(1, 60), "req/min");

	private static final Map<String, Unit> BY_SYMBOL = Arrays.stream(values())
			.flatMap(unit -> unit.symbols.stream().map(symbol -> Map.entry(symbol, unit)))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private final Dimension dimension;
	private final Rational factor;
	private final List<String> symbols;

	Unit(Dimension dimension, Rational factor, String... symbols) {
		this.dimension = dimension;
		this.factor = factor;
		this.symbols = List.of(symbols);
	}

	/** The unit written as {@code symbol} (case-sensitive: MB and mB differ in SI), if ALLSTAR-ML knows it. */
	public static Optional<Unit> bySymbol(String symbol) {
		return Optional.ofNullable(symbol).map(BY_SYMBOL::get);
	}

	/** All symbols of a dimension, for messages and content assist. */
	public static List<String> symbolsOf(Dimension dimension) {
		return Arrays.stream(values()).filter(unit -> unit.dimension == dimension).map(Unit::symbol).toList();
	}

	/** Every known symbol with its unit. */
	public static Map<String, Unit> symbolTable() {
		return BY_SYMBOL;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** How many base units one of this unit is. */
	public Rational factor() {
		return factor;
	}

	/** The preferred spelling. */
	public String symbol() {
		return symbols.get(0);
	}

	public List<String> symbols() {
		return symbols;
	}

	/** The exact value, in {@code target}, of {@code value} of this unit. */
	public Rational convert(Rational value, Unit target) {
		if (target.dimension != dimension) {
			throw new IncompatibleUnitsException(this, target);
		}
		return value.multiply(factor).divide(target.factor);
	}

}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOSCA scalar-unit values ({@code 4 GB}, {@code 10 ms}, {@code 50 MHz}, {@code 100 Mbps}) and their ALLSTAR-ML
 * counterparts. TOSCA reads size, time and frequency units case-insensitively; ALLSTAR-ML symbols are exact.
 */
public final class ScalarUnits {

	/** A number and an ALLSTAR-ML unit symbol; the unit is null where ALLSTAR-ML has no such dimension. */
	public record Scalar(BigDecimal value, String unit, double base) {
	}

	private static final Pattern SCALAR = Pattern.compile("\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*([A-Za-z/]+)\\s*");

	// TOSCA unit (lower case) -> ALLSTAR-ML symbol (null: none) and factor to the base unit
	private static final Map<String, Unit> SIZE = Map.of("b", new Unit("B", 1), "kb", new Unit("KB", 1e3), "kib",
			new Unit("KiB", 1024), "mb", new Unit("MB", 1e6), "mib", new Unit("MiB", 1 << 20), "gb", new Unit("GB", 1e9),
			"gib", new Unit("GiB", 1 << 30), "tb", new Unit("TB", 1e12), "tib", new Unit("TiB", Math.pow(2, 40)));
	private static final Map<String, Unit> TIME = Map.of("d", new Unit("d", 86400), "h", new Unit("h", 3600), "m",
			new Unit("min", 60), "s", new Unit("s", 1), "ms", new Unit("ms", 1e-3), "us", new Unit(null, 1e-6), "ns",
			new Unit(null, 1e-9));
	private static final Map<String, Unit> FREQUENCY = Map.of("hz", new Unit(null, 1), "khz", new Unit(null, 1e3),
			"mhz", new Unit(null, 1e6), "ghz", new Unit(null, 1e9));
	private static final Map<String, Unit> BITRATE = bitrates();

	private record Unit(String allstar, double factor) {
	}

	private ScalarUnits() {
	}

	/** bps, Kbps ... Tbps map to ALLSTAR-ML; binary (Kibps) and byte (KBps, KiBps) rates convert to bps. */
	private static Map<String, Unit> bitrates() {
		Map<String, Unit> units = new java.util.HashMap<>();
		String[] prefixes = { "", "K", "M", "G", "T" };
		for (int i = 0; i < prefixes.length; i++) {
			double decimal = Math.pow(1000, i);
			double binary = Math.pow(1024, i);
			units.put(prefixes[i] + "bps", new Unit(prefixes[i] + "bps", decimal));
			units.put(prefixes[i] + "Bps", new Unit(null, 8 * decimal));
			if (i > 0) {
				units.put(prefixes[i] + "ibps", new Unit(null, binary));
				units.put(prefixes[i] + "iBps", new Unit(null, 8 * binary));
			}
		}
		return Map.copyOf(units);
	}

	/** The value of a scalar-unit of {@code type} ({@code scalar-unit.size}, ...), if it is one. */
	public static Optional<Scalar> parse(Object value, String type) {
		if (!(value instanceof String text)) {
			return Optional.empty();
		}
		Matcher m = SCALAR.matcher(text);
		Map<String, Unit> units = units(type);
		if (!m.matches() || units == null) {
			return Optional.empty();
		}
		String symbol = type.equals("scalar-unit.bitrate") ? m.group(2) : m.group(2).toLowerCase(Locale.ROOT);
		Unit unit = units.get(symbol);
		if (unit == null) {
			return Optional.empty();
		}
		BigDecimal number = new BigDecimal(m.group(1));
		return Optional.of(new Scalar(number, unit.allstar(), number.doubleValue() * unit.factor()));
	}

	/** The accepted units of a scalar type, for messages. */
	public static String unitsOf(String type) {
		Map<String, Unit> units = units(type);
		return units == null ? "" : String.join(", ", new java.util.TreeSet<>(units.keySet()));
	}

	private static Map<String, Unit> units(String type) {
		return switch (type) {
		case "scalar-unit.size" -> SIZE;
		case "scalar-unit.time" -> TIME;
		case "scalar-unit.frequency" -> FREQUENCY;
		case "scalar-unit.bitrate" -> BITRATE;
		default -> null;
		};
	}

	/** The ALLSTAR-ML quantity text of a scalar ({@code 512 MB}), converting what ALLSTAR-ML has no unit for. */
	public static Optional<String> allstar(Object value, String type) {
		return parse(value, type).flatMap(s -> {
			if (s.unit() != null) {
				return Optional.of(s.value().stripTrailingZeros().toPlainString() + " " + s.unit());
			}
			if (type.equals("scalar-unit.time")) {
				return Optional.of(decimal(s.base() * 1000) + " ms");
			}
			if (type.equals("scalar-unit.bitrate")) {
				return Optional.of(decimal(s.base()) + " bps");
			}
			return Optional.empty();
		});
	}

	private static String decimal(double value) {
		return new BigDecimal(value).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
	}
}

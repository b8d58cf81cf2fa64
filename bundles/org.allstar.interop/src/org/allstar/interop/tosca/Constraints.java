// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TOSCA constraint clauses ({@code greater_than}, {@code in_range}, {@code valid_values}, ...) on known values. */
final class Constraints {

	private final List<ToscaProblem> problems;

	Constraints(List<ToscaProblem> problems) {
		this.problems = problems;
	}

	void check(String path, Object value, String type, List<Object> clauses) {
		for (Object clause : clauses) {
			if (!(clause instanceof Map<?, ?> map) || map.size() != 1) {
				continue;
			}
			Map.Entry<?, ?> only = map.entrySet().iterator().next();
			String operator = String.valueOf(only.getKey());
			Object bound = only.getValue();
			if (!holds(operator, value, bound, type)) {
				problems.add(new ToscaProblem(path, Values.describe(value) + " breaks the constraint " + operator + ": "
						+ Values.oneLine(bound)));
			}
		}
	}

	private static boolean holds(String operator, Object value, Object bound, String type) {
		return switch (operator) {
		case "equal" -> compare(value, bound, type).map(c -> c == 0).orElse(String.valueOf(value).equals(String.valueOf(bound)));
		case "greater_than" -> compare(value, bound, type).map(c -> c > 0).orElse(true);
		case "greater_or_equal" -> compare(value, bound, type).map(c -> c >= 0).orElse(true);
		case "less_than" -> compare(value, bound, type).map(c -> c < 0).orElse(true);
		case "less_or_equal" -> compare(value, bound, type).map(c -> c <= 0).orElse(true);
		case "in_range" -> !(bound instanceof List<?> range && range.size() == 2)
				|| compare(value, range.get(0), type).map(c -> c >= 0).orElse(true)
						&& ("UNBOUNDED".equals(range.get(1)) || compare(value, range.get(1), type).map(c -> c <= 0).orElse(true));
		case "valid_values" -> !(bound instanceof List<?> values)
				|| values.stream().anyMatch(v -> compare(value, v, type).map(c -> c == 0).orElse(String.valueOf(v).equals(String.valueOf(value))));
		case "length" -> length(value).map(l -> bound instanceof Number n && l == n.intValue()).orElse(true);
		case "min_length" -> length(value).map(l -> !(bound instanceof Number n) || l >= n.intValue()).orElse(true);
		case "max_length" -> length(value).map(l -> !(bound instanceof Number n) || l <= n.intValue()).orElse(true);
		case "pattern" -> !(value instanceof String s) || s.matches(String.valueOf(bound));
		default -> true;
		};
	}

	/** Numbers compare as numbers, scalar-units in their base unit; anything else cannot be compared. */
	private static Optional<Integer> compare(Object value, Object bound, String type) {
		Optional<Double> a = number(value, type);
		Optional<Double> b = number(bound, type);
		return a.isPresent() && b.isPresent() ? Optional.of(Double.compare(a.get(), b.get())) : Optional.empty();
	}

	private static Optional<Double> number(Object value, String type) {
		if (value instanceof Number n) {
			return Optional.of(n.doubleValue());
		}
		if (type != null && type.startsWith("scalar-unit.")) {
			return ScalarUnits.parse(value, type).map(ScalarUnits.Scalar::base);
		}
		return Optional.empty();
	}

	private static Optional<Integer> length(Object value) {
		if (value instanceof String s) {
			return Optional.of(s.length());
		}
		if (value instanceof List<?> l) {
			return Optional.of(l.size());
		}
		if (value instanceof Map<?, ?> m) {
			return Optional.of(m.size());
		}
		return Optional.empty();
	}
}

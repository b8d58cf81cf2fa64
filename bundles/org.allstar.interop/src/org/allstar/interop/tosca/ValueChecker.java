// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a property or input value against its declared TOSCA type and constraints. Values that call an intrinsic
 * function are only known at deployment and pass. Each problem names the value's path and what was expected.
 */
final class ValueChecker {

	private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}(\\.[A-Za-z0-9_]+(-\\d+)?)?");

	private final ToscaTypes types;
	private final List<ToscaProblem> problems;

	ValueChecker(ToscaTypes types, List<ToscaProblem> problems) {
		this.types = types;
		this.problems = problems;
	}

	void check(String path, Object value, ToscaType.PropertyDefinition definition) {
		if (value == null || Values.isFunction(value) || definition.type() == null) {
			return;
		}
		if (checkType(path, value, definition.type(), definition.entryType())) {
			new Constraints(problems).check(path, value, definition.type(), definition.constraints());
		}
	}

	/** Whether the value has the type (a problem is added when not). */
	private boolean checkType(String path, Object value, String type, String entryType) {
		Optional<String> primitive = types.primitive(type);
		if (primitive.isEmpty()) {
			if (!types.exists(TypeKind.DATA, type)) {
				problems.add(new ToscaProblem(path, "unknown data type '" + type + "'"));
				return false;
			}
			return checkComplex(path, value, type);
		}
		String expected = primitive.get();
		boolean ok = switch (expected) {
		case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
		case "float" -> value instanceof Number;
		case "boolean" -> value instanceof Boolean;
		case "string" -> !(value instanceof Map || value instanceof List);
		case "timestamp" -> value instanceof Date || value instanceof String;
		case "version" -> (value instanceof String || value instanceof Number) && VERSION.matcher(String.valueOf(value)).matches();
		case "range" -> value instanceof List<?> l && l.size() == 2 && l.stream().allMatch(b -> b instanceof Number
				|| "UNBOUNDED".equals(b));
		case "list" -> value instanceof List;
		case "map" -> value instanceof Map;
		case "null" -> true;
		default -> ScalarUnits.parse(value, expected).isPresent();
		};
		if (!ok) {
			String hint = expected.startsWith("scalar-unit.") ? " (a number and one of: " + ScalarUnits.unitsOf(expected) + ")" : "";
			problems.add(new ToscaProblem(path, "expected " + expected + hint + ", got " + Values.describe(value)));
			return false;
		}
		if (entryType != null && value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				if (!Values.isFunction(list.get(i))) {
					checkType(path + "[" + i + "]", list.get(i), entryType, null);
				}
			}
		} else if (entryType != null && value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> {
				if (!Values.isFunction(entry)) {
					checkType(path + "." + key, entry, entryType, null);
				}
			});
		}
		return true;
	}

	private boolean checkComplex(String path, Object value, String type) {
		if (!(value instanceof Map<?, ?> map)) {
			problems.add(new ToscaProblem(path, "expected a map for data type '" + type + "', got " + Values.describe(value)));
			return false;
		}
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String field = String.valueOf(entry.getKey());
			Optional<ToscaType.PropertyDefinition> definition = types.property(TypeKind.DATA, type, field);
			if (definition.isEmpty()) {
				problems.add(new ToscaProblem(path + "." + field, "not a property of data type '" + type + "'"));
			} else {
				check(path + "." + field, entry.getValue(), definition.get());
			}
		}
		return true;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Plain YAML values (maps, lists, scalars) as the importer reads and shows them. */
final class Values {

	/** The TOSCA intrinsic functions; a value that calls one is only known at deployment. */
	static final Set<String> FUNCTIONS = Set.of("get_input", "get_property", "get_attribute", "get_operation_output",
			"get_nodes_of_type", "get_artifact", "concat", "join", "token");

	private static final int SHOWN = 110;

	private Values() {
	}

	static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	/** The value as a message shows what was found: {@code "abc"}, {@code 12}, {@code a map}, {@code a list}. */
	static String describe(Object value) {
		if (value instanceof String s) {
			return "\"" + s + "\"";
		}
		if (value instanceof Map) {
			return "a map";
		}
		if (value instanceof List) {
			return "a list";
		}
		return String.valueOf(value);
	}

	/** Whether the value calls an intrinsic function ({@code {get_input: cores}}). */
	static boolean isFunction(Object value) {
		return value instanceof Map<?, ?> map && map.size() == 1 && FUNCTIONS.contains(String.valueOf(map.keySet().iterator().next()));
	}

	/** A one-line, flow-style rendering for comments, cut at about a hundred characters. */
	static String oneLine(Object value) {
		String text = render(value).replaceAll("\\s+", " ").trim();
		return text.length() > SHOWN ? text.substring(0, SHOWN) + " ..." : text;
	}

	private static String render(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(e -> e.getKey() + ": " + render(e.getValue()))
					.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Values::render).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
	}

	static List<?> list(Object value) {
		return value instanceof List<?> list ? list : List.of();
	}
}

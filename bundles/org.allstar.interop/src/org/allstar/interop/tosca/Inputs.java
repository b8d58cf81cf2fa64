// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.Map;
import java.util.Optional;

/** The topology's inputs; {@code get_input} is resolved where the input has a default (or a value). */
final class Inputs {

	private final Map<String, Object> definitions;

	Inputs(Map<String, Object> topology) {
		this.definitions = Values.map(topology.get("inputs"));
	}

	/** The value itself, or the input's default for {@code {get_input: name}}; empty when it has none. */
	Optional<Object> resolve(Object value) {
		if (!(value instanceof Map<?, ?> map) || !map.containsKey("get_input") || map.size() != 1) {
			return Values.isFunction(value) ? Optional.empty() : Optional.ofNullable(value);
		}
		Object name = map.get("get_input");
		Map<String, Object> definition = Values.map(definitions.get(String.valueOf(name instanceof java.util.List<?> l && !l.isEmpty() ? l.get(0) : name)));
		Object known = definition.containsKey("default") ? definition.get("default") : definition.get("value");
		return Optional.ofNullable(known);
	}

	Map<String, Object> all() {
		return definitions;
	}
}

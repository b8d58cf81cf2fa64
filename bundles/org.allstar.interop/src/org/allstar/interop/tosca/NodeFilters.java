// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lower bounds a requirement's {@code node_filter} puts on its target's host capability
 * ({@code num_cpus >= 2}, {@code mem_size >= 4 GB}): what a component asks of the node it runs on.
 */
final class NodeFilters {

	private NodeFilters() {
	}

	/** Property name to its lower bound, from {@code capabilities: [{host: {properties: [...]}}]}. */
	static Map<String, Object> hostBounds(Map<String, Object> filter) {
		Map<String, Object> bounds = new LinkedHashMap<>();
		for (Object item : Values.list(filter.get("capabilities"))) {
			Map<String, Object> capability = Values.map(Values.map(item).get("host"));
			Object properties = capability.get("properties");
			Named.of(properties).keySet().forEach(name -> {
				Object clauses = properties instanceof Map<?, ?> m ? m.get(name) : Values.list(properties).stream()
						.map(Values::map).filter(p -> p.containsKey(name)).map(p -> p.get(name)).findFirst().orElse(null);
				Object bound = lowerBound(clauses);
				if (bound != null) {
					bounds.put(name, bound);
				}
			});
		}
		return bounds;
	}

	private static Object lowerBound(Object clauses) {
		for (Object clause : clauses instanceof List<?> list ? list : List.of(clauses == null ? Map.of() : clauses)) {
			Map<String, Object> c = Values.map(clause);
			for (String operator : List.of("greater_or_equal", "equal", "greater_than")) {
				if (c.containsKey(operator)) {
					return c.get(operator);
				}
			}
			if (c.get("in_range") instanceof List<?> range && !range.isEmpty()) {
				return range.get(0);
			}
		}
		return null;
	}
}

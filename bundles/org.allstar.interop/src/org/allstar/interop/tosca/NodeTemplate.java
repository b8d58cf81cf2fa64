// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node template of the topology: its name, its type as written, its body and its path in the document. */
record NodeTemplate(String name, String type, Map<String, Object> body, String path) {

	static List<NodeTemplate> of(Map<String, Object> topology) {
		Map<String, Object> bodies = Values.map(topology.get("node_templates"));
		List<NodeTemplate> templates = new ArrayList<>();
		bodies.forEach((name, body) -> {
			Map<String, Object> resolved = withCopy(Values.map(body), bodies, new java.util.HashSet<>(java.util.Set.of(name)));
			templates.add(new NodeTemplate(name, Values.text(resolved.get("type")), resolved,
					"topology_template.node_templates." + name));
		});
		return templates;
	}

	/**
	 * A template written as {@code copy: other} starts from the other template's body (itself resolved); its own
	 * entries replace the copied ones, and its properties, capabilities and metadata replace them key by key.
	 */
	private static Map<String, Object> withCopy(Map<String, Object> body, Map<String, Object> bodies, java.util.Set<String> seen) {
		Object copied = body.get("copy");
		if (copied == null || !seen.add(String.valueOf(copied)) || !bodies.containsKey(String.valueOf(copied))) {
			return body;
		}
		Map<String, Object> merged = new java.util.LinkedHashMap<>(withCopy(Values.map(bodies.get(String.valueOf(copied))), bodies, seen));
		body.forEach((key, value) -> {
			if (value instanceof Map<?, ?> own && merged.get(key) instanceof Map<?, ?> base
					&& java.util.Set.of("properties", "capabilities", "metadata", "attributes").contains(key)) {
				Map<String, Object> both = new java.util.LinkedHashMap<>(Values.map(base));
				both.putAll(Values.map(own));
				merged.put(key, both);
			} else if (!key.equals("copy")) {
				merged.put(key, value);
			}
		});
		return merged;
	}

	Map<String, Object> metadata() {
		return Values.map(body.get("metadata"));
	}

	/** The properties of capability {@code name} as assigned in this template. */
	Map<String, Object> capabilityProperties(String name) {
		return Values.map(Values.map(Values.map(body.get("capabilities")).get(name)).get("properties"));
	}
}

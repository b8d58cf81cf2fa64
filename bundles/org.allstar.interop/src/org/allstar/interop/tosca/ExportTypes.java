// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few types an exported template declares on top of the normative ones, each derived from a normative type:
 * a component with an endpoint and flow requirements, the flow relationship with its bandwidth and latency bound,
 * and the policies that carry requirements, placement hints and replicas.
 */
final class ExportTypes {

	static final String COMPONENT = "allstar.nodes.Component";
	static final String FLOW = "allstar.relationships.Flow";
	static final String REQUIREMENT = "allstar.policies.Requirement";
	static final String TIER = "allstar.policies.Tier";
	static final String REPLICAS = "allstar.policies.Replicas";

	private ExportTypes() {
	}

	static void addTo(Map<String, Object> template) {
		template.put("node_types", Map.of(COMPONENT, map("derived_from", "tosca.nodes.SoftwareComponent",
				"description", "An ALLSTAR-ML component: a containerised function of an application.",
				"capabilities", Map.of("endpoint", Map.of("type", "tosca.capabilities.Endpoint", "occurrences", List.of(0, "UNBOUNDED"))),
				"requirements", List.of(Map.of("connection", map("capability", "tosca.capabilities.Endpoint", "relationship", FLOW,
						"occurrences", List.of(0, "UNBOUNDED")))))));
		template.put("relationship_types", Map.of(FLOW, map("derived_from", "tosca.relationships.ConnectsTo",
				"description", "An ALLSTAR-ML flow between two components.", "properties",
				map("bandwidth", optional("scalar-unit.bitrate", "the data rate the flow needs"),
						"latency", optional("scalar-unit.time", "the flow's latency must stay below this bound")))));
		Map<String, Object> policies = new LinkedHashMap<>();
		policies.put(REQUIREMENT, map("derived_from", "tosca.policies.Performance", "description",
				"An ALLSTAR-ML end-to-end requirement of an application.", "properties", map(
						"availability", optional("string", "a percentage, at least"),
						"throughput", optional("string", "a data or request rate, at least"),
						"latency", optional("scalar-unit.time", "the bound along path"),
						"path", map("type", "list", "required", false, "entry_schema", Map.of("type", "string")),
						"reputation", optional("float", "the providers' reputation, at least (0..1)"))));
		policies.put(TIER, map("derived_from", "tosca.policies.Placement", "properties",
				map("tier", optional("string", "cloud, edge or mobile"), "near", optional("string", "a region"))));
		policies.put(REPLICAS, map("derived_from", "tosca.policies.Scaling", "properties",
				map("default_instances", optional("integer", "the number of replicas"))));
		template.put("policy_types", policies);
	}

	private static Map<String, Object> optional(String type, String description) {
		return map("type", type, "required", false, "description", description);
	}

	/** An ordered map from key, value pairs (YAML keeps the order people expect). */
	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(String.valueOf(pairs[i]), pairs[i + 1]);
		}
		return map;
	}
}

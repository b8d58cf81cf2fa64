// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node template of the topology: its name, its type as written, its body and its path in the document. */
record NodeTemplate(String name, String type, Map<String, Object> body, String path) {

	static List<NodeTemplate> of(Map<String, Object> topology) {
		List<NodeTemplate> templates = new ArrayList<>();
		Values.map(topology.get("node_templates")).forEach((name, body) -> templates.add(new NodeTemplate(name,
				Values.text(Values.map(body).get("type")), Values.map(body), "topology_template.node_templates." + name)));
		return templates;
	}

	Map<String, Object> metadata() {
		return Values.map(body.get("metadata"));
	}

	/** The properties of capability {@code name} as assigned in this template. */
	Map<String, Object> capabilityProperties(String name) {
		return Values.map(Values.map(Values.map(body.get("capabilities")).get(name)).get("properties"));
	}
}

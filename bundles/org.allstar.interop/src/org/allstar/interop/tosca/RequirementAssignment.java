// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One requirement of a node template, in either notation: {@code - host: db_server} or
 * {@code - host: {node: db_server, relationship: ..., node_filter: ...}}. The relationship type is the one written
 * (directly, in {@code {type: ...}} or through a relationship template) or else the one the node type declares.
 */
record RequirementAssignment(String name, String path, String node, String relationship,
		Map<String, Object> relationshipProperties, Map<String, Object> nodeFilter, Object raw) {

	/** The requirements of a template; {@code path} is the template's path. */
	static List<RequirementAssignment> of(NodeTemplate template, ToscaTypes types, Map<String, Object> relationshipTemplates) {
		List<RequirementAssignment> assignments = new ArrayList<>();
		List<?> list = Values.list(template.body().get("requirements"));
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof Map<?, ?> one) || one.size() != 1) {
				continue;
			}
			Map.Entry<?, ?> entry = one.entrySet().iterator().next();
			String name = String.valueOf(entry.getKey());
			String path = template.path() + ".requirements[" + i + "]." + name;
			Object value = entry.getValue();
			String node = value instanceof Map<?, ?> m ? Values.text(m.get("node")) : Values.text(value);
			Object written = value instanceof Map<?, ?> m ? m.get("relationship") : null;
			Map<String, Object> properties = Map.of();
			String relationship = null;
			if (written instanceof Map<?, ?> r) {
				relationship = Values.text(r.get("type"));
				properties = Values.map(r.get("properties"));
			} else if (written != null) {
				Map<String, Object> named = Values.map(relationshipTemplates.get(String.valueOf(written)));
				relationship = named.isEmpty() ? String.valueOf(written) : Values.text(named.get("type"));
				properties = Values.map(named.get("properties"));
			}
			if (relationship == null) {
				relationship = types.requirement(template.type(), name).filter(r -> !r.isEmpty()).orElse(null);
			}
			Map<String, Object> filter = value instanceof Map<?, ?> m ? Values.map(m.get("node_filter")) : Map.of();
			assignments.add(new RequirementAssignment(name, path, node, relationship, properties, filter, value));
		}
		return assignments;
	}

	boolean is(ToscaTypes types, String relationshipType) {
		return relationship != null && types.isA(TypeKind.RELATIONSHIP, relationship, relationshipType);
	}
}

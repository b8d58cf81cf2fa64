// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a topology against the types: every template's type exists, its properties, capabilities and
 * requirements are ones the type (or an ancestor) declares, values have their declared types, requirement targets
 * exist, input defaults meet their type and constraints.
 */
final class TemplateChecker {

	private static final Set<String> TEMPLATE_KEYS = Set.of("tosca_definitions_version", "namespace", "metadata",
			"description", "dsl_definitions", "repositories", "imports", "artifact_types", "data_types",
			"capability_types", "interface_types", "relationship_types", "node_types", "group_types", "policy_types",
			"topology_template");
	private static final Set<String> TOPOLOGY_KEYS = Set.of("description", "inputs", "node_templates",
			"relationship_templates", "groups", "policies", "outputs", "substitution_mappings", "workflows");
	private static final Set<String> NODE_KEYS = Set.of("type", "description", "metadata", "directives", "properties",
			"attributes", "requirements", "capabilities", "interfaces", "artifacts", "node_filter", "copy");

	private final ToscaTypes types;
	private final List<ToscaProblem> problems;
	private final ValueChecker values;

	TemplateChecker(ToscaTypes types, List<ToscaProblem> problems) {
		this.types = types;
		this.problems = problems;
		this.values = new ValueChecker(types, problems);
	}

	/** Keynames TOSCA does not define are named (a typo such as {@code topology_templat} would hide a topology). */
	void checkKeys(Map<String, Object> document) {
		keys("", document, TEMPLATE_KEYS);
		keys("topology_template.", Values.map(document.get("topology_template")), TOPOLOGY_KEYS);
		Values.map(Values.map(document.get("topology_template")).get("node_templates")).forEach((name, body) -> keys(
				"topology_template.node_templates." + name + ".", Values.map(body), NODE_KEYS));
	}

	private void keys(String path, Map<String, Object> map, Set<String> known) {
		map.keySet().stream().filter(k -> !known.contains(k))
				.forEach(k -> problems.add(new ToscaProblem(path + k, "not a TOSCA 1.3 keyname here; expected one of "
						+ String.join(", ", new java.util.TreeSet<>(known)))));
	}

	void check(Map<String, Object> topology, List<NodeTemplate> templates, Map<String, Object> relationshipTemplates) {
		Values.map(topology.get("inputs")).forEach((name, definition) -> {
			Map<String, Object> d = Values.map(definition);
			Object value = d.containsKey("default") ? d.get("default") : d.get("value");
			String path = "topology_template.inputs." + name + (d.containsKey("default") ? ".default" : ".value");
			ToscaType.PropertyDefinition typed = TypeDefinitions.properties(Map.of(name, d)).get(name);
			if (typed.type() != null && !ToscaTypes.PRIMITIVES.contains(typed.type()) && !types.exists(TypeKind.DATA, typed.type())) {
				problems.add(new ToscaProblem("topology_template.inputs." + name + ".type", "unknown data type '" + typed.type() + "'"));
			} else {
				values.check(path, value, typed);
			}
		});
		Set<String> names = new java.util.HashSet<>();
		templates.forEach(t -> names.add(t.name()));
		for (NodeTemplate template : templates) {
			checkTemplate(template, names);
		}
		relationshipTemplates.forEach((name, body) -> checkTyped(TypeKind.RELATIONSHIP,
				"topology_template.relationship_templates." + name, Values.map(body)));
		forEachNamed(topology.get("policies"), "topology_template.policies", TypeKind.POLICY);
		forEachNamed(topology.get("groups"), "topology_template.groups", TypeKind.GROUP);
	}

	private void checkTemplate(NodeTemplate template, Set<String> templates) {
		if (template.type() == null) {
			problems.add(new ToscaProblem(template.path() + ".type", "missing; a node template names its node type"));
			return;
		}
		if (!types.exists(TypeKind.NODE, template.type())) {
			problems.add(new ToscaProblem(template.path() + ".type", "unknown node type '" + template.type() + "'"));
			return;
		}
		checkProperties(TypeKind.NODE, template.type(), template.path() + ".properties", Values.map(template.body().get("properties")));
		Values.map(template.body().get("capabilities")).forEach((name, assignment) -> {
			Optional<String> capabilityType = types.capability(template.type(), name);
			String path = template.path() + ".capabilities." + name;
			if (capabilityType.isEmpty()) {
				problems.add(new ToscaProblem(path, "node type '" + template.type() + "' has no capability '" + name + "'"));
			} else {
				checkProperties(TypeKind.CAPABILITY, capabilityType.get(), path + ".properties",
						Values.map(Values.map(assignment).get("properties")));
			}
		});
		List<?> requirements = Values.list(template.body().get("requirements"));
		for (int i = 0; i < requirements.size(); i++) {
			if (!(requirements.get(i) instanceof Map<?, ?> one) || one.size() != 1) {
				problems.add(new ToscaProblem(template.path() + ".requirements[" + i + "]",
						"expected one requirement name with its assignment, got " + Values.describe(requirements.get(i))));
				continue;
			}
			Map.Entry<?, ?> entry = one.entrySet().iterator().next();
			String name = String.valueOf(entry.getKey());
			String path = template.path() + ".requirements[" + i + "]." + name;
			if (types.requirement(template.type(), name).isEmpty()) {
				problems.add(new ToscaProblem(path, "node type '" + template.type() + "' has no requirement '" + name + "'"));
			}
			Object value = entry.getValue();
			String node = value instanceof Map<?, ?> m ? Values.text(m.get("node")) : Values.text(value);
			if (node != null && !templates.contains(node) && !types.exists(TypeKind.NODE, node)) {
				problems.add(new ToscaProblem(path, "no node template or node type named '" + node + "'"));
			}
		}
	}

	private void checkProperties(TypeKind kind, String type, String path, Map<String, Object> properties) {
		properties.forEach((name, value) -> {
			Optional<ToscaType.PropertyDefinition> definition = types.property(kind, type, name);
			if (definition.isEmpty()) {
				problems.add(new ToscaProblem(path + "." + name, kind.label() + " '" + type + "' has no property '" + name + "'"));
			} else {
				values.check(path + "." + name, value, definition.get());
			}
		});
	}

	private void checkTyped(TypeKind kind, String path, Map<String, Object> body) {
		String type = Values.text(body.get("type"));
		if (type == null || !types.exists(kind, type)) {
			problems.add(new ToscaProblem(path + ".type", type == null ? "missing" : "unknown " + kind.label() + " '" + type + "'"));
		} else {
			checkProperties(kind, type, path + ".properties", Values.map(body.get("properties")));
		}
	}

	/** Policies and groups: a list of one-entry maps (1.3) or a map (older profiles). */
	private void forEachNamed(Object section, String path, TypeKind kind) {
		Named.of(section).forEach((name, body) -> checkTyped(kind, path + "." + name, body));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.allstar.interop.yaml.YamlReader;

/**
 * An independent check of exported templates against the normative Simple Profile 1.3 type files (read from the
 * shared material, not from the importer's own description): each node template's type exists (normative or
 * declared in the template, derived from a normative one); its properties, capabilities, capability properties
 * and requirement names are declared by its type or an ancestor; each policy's type exists and declares its
 * properties.
 */
final class NormativeChecker {

	private final Map<String, Map<String, Object>> types = new HashMap<>();

	NormativeChecker(Path profile) throws Exception {
		try (Stream<Path> files = Files.list(profile)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				addTypes(map(YamlReader.load(file)));
			}
		}
	}

	/** Everything wrong with the template, one line each; empty when it passes. */
	List<String> check(String yaml) throws Exception {
		Map<String, Object> template = map(YamlReader.load(yaml, "export"));
		addTypes(template);
		List<String> findings = new ArrayList<>();
		if (!"tosca_simple_yaml_1_3".equals(template.get("tosca_definitions_version"))) {
			findings.add("tosca_definitions_version: " + template.get("tosca_definitions_version"));
		}
		for (Map.Entry<String, Object> entry : map(map(template.get("topology_template")).get("node_templates")).entrySet()) {
			checkNode("node_templates." + entry.getKey(), map(entry.getValue()), findings);
		}
		for (Object item : list(map(template.get("topology_template")).get("policies"))) {
			map(item).forEach((name, body) -> {
				String type = String.valueOf(map(body).get("type"));
				if (!types.containsKey(type)) {
					findings.add("policies." + name + ": unknown type " + type);
				} else {
					map(map(body).get("properties")).keySet().stream().filter(p -> !declared(type, "properties", p))
							.forEach(p -> findings.add("policies." + name + ".properties." + p + ": not declared by " + type));
				}
			});
		}
		return findings;
	}

	private void checkNode(String path, Map<String, Object> node, List<String> findings) {
		String type = String.valueOf(node.get("type"));
		if (!types.containsKey(type)) {
			findings.add(path + ": unknown node type " + type);
			return;
		}
		if (!ancestors(type).contains("tosca.nodes.Root")) {
			findings.add(path + ": " + type + " does not derive from a normative node type");
		}
		map(node.get("properties")).keySet().stream().filter(p -> !declared(type, "properties", p))
				.forEach(p -> findings.add(path + ".properties." + p + ": not declared by " + type));
		map(node.get("capabilities")).forEach((name, assignment) -> {
			String capabilityType = capabilityType(type, name);
			if (capabilityType == null) {
				findings.add(path + ".capabilities." + name + ": not declared by " + type);
			} else {
				map(map(assignment).get("properties")).keySet().stream().filter(p -> !declared(capabilityType, "properties", p))
						.forEach(p -> findings.add(path + ".capabilities." + name + ".properties." + p + ": not declared by " + capabilityType));
			}
		});
		for (Object requirement : list(node.get("requirements"))) {
			for (String name : map(requirement).keySet()) {
				if (!requirementNames(type).contains(name)) {
					findings.add(path + ".requirements." + name + ": not a requirement of " + type);
				}
			}
		}
	}

	private void addTypes(Map<String, Object> document) {
		document.forEach((section, definitions) -> {
			if (section.endsWith("_types")) {
				map(definitions).forEach((name, body) -> types.put(name, map(body)));
			}
		});
	}

	private List<String> ancestors(String type) {
		List<String> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String t = type; t != null && types.containsKey(t) && seen.add(t); t = (String) types.get(t).get("derived_from")) {
			chain.add(t);
		}
		return chain;
	}

	private boolean declared(String type, String section, String name) {
		return ancestors(type).stream().anyMatch(t -> map(types.get(t).get(section)).containsKey(name));
	}

	private String capabilityType(String nodeType, String capability) {
		for (String t : ancestors(nodeType)) {
			Object definition = map(types.get(t).get("capabilities")).get(capability);
			if (definition != null) {
				return definition instanceof Map<?, ?> m ? String.valueOf(m.get("type")) : String.valueOf(definition);
			}
		}
		return null;
	}

	private Set<String> requirementNames(String nodeType) {
		Set<String> names = new HashSet<>();
		ancestors(nodeType).forEach(t -> list(types.get(t).get("requirements")).forEach(r -> names.addAll(map(r).keySet())));
		return names;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
	}

	private static List<?> list(Object value) {
		return value instanceof List<?> l ? l : List.of();
	}
}

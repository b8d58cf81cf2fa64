// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the type sections ({@code node_types}, {@code capability_types}, ...) of one TOSCA document. */
final class TypeDefinitions {

	private TypeDefinitions() {
	}

	/** Adds the types {@code document} defines to {@code types}; problems name their path. */
	static void read(Map<?, ?> document, String prefix, ToscaTypes types, List<ToscaProblem> problems) {
		for (TypeKind kind : TypeKind.values()) {
			Object section = document.get(kind.section);
			if (section == null) {
				continue;
			}
			if (!(section instanceof Map<?, ?> definitions)) {
				problems.add(new ToscaProblem(kind.section, "expected a map of type definitions, got " + Values.describe(section)));
				continue;
			}
			for (Map.Entry<?, ?> entry : definitions.entrySet()) {
				String name = String.valueOf(entry.getKey());
				String path = kind.section + "." + name;
				Map<?, ?> definition = entry.getValue() instanceof Map<?, ?> m ? m : Map.of();
				if (entry.getValue() != null && !(entry.getValue() instanceof Map)) {
					problems.add(new ToscaProblem(path, "expected a type definition (a map), got " + Values.describe(entry.getValue())));
				}
				types.add(new ToscaType(kind, name, Values.text(definition.get("derived_from")),
						properties(definition.get("properties")), capabilities(definition.get("capabilities")),
						requirements(definition.get("requirements"))), prefix);
			}
		}
	}

	static Map<String, ToscaType.PropertyDefinition> properties(Object section) {
		Map<String, ToscaType.PropertyDefinition> properties = new LinkedHashMap<>();
		if (section instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (entry.getValue() instanceof Map<?, ?> definition) {
					Object schema = definition.get("entry_schema");
					String entryType = schema instanceof Map<?, ?> s ? Values.text(s.get("type")) : Values.text(schema);
					List<Object> constraints = definition.get("constraints") instanceof List<?> list ? List.copyOf(list)
							: List.of();
					properties.put(String.valueOf(entry.getKey()), new ToscaType.PropertyDefinition(
							Values.text(definition.get("type")), entryType, constraints));
				} else {
					properties.put(String.valueOf(entry.getKey()), ToscaType.PropertyDefinition.of(Values.text(entry.getValue())));
				}
			}
		}
		return properties;
	}

	private static Map<String, String> capabilities(Object section) {
		Map<String, String> capabilities = new LinkedHashMap<>();
		if (section instanceof Map<?, ?> map) {
			map.forEach((name, definition) -> capabilities.put(String.valueOf(name),
					definition instanceof Map<?, ?> d ? Values.text(d.get("type")) : Values.text(definition)));
		}
		return capabilities;
	}

	/** Requirement name to relationship type; a list of one-entry maps in TOSCA, a map in the normative resource. */
	private static Map<String, String> requirements(Object section) {
		Map<String, String> requirements = new LinkedHashMap<>();
		if (section instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> one) {
					one.forEach((name, definition) -> requirements.put(String.valueOf(name), relationship(definition)));
				}
			}
		} else if (section instanceof Map<?, ?> map) {
			map.forEach((name, relationship) -> requirements.put(String.valueOf(name), Values.text(relationship)));
		}
		return requirements;
	}

	private static String relationship(Object definition) {
		if (definition instanceof Map<?, ?> map) {
			Object relationship = map.get("relationship");
			return relationship instanceof Map<?, ?> r ? Values.text(r.get("type")) : Values.text(relationship);
		}
		return null;
	}
}

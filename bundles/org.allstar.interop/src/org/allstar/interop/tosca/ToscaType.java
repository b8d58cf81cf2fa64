// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;
import java.util.Map;

/**
 * One TOSCA type as the importer uses it: its parent, its properties, and for node types the types of its
 * capabilities and the relationship type of each requirement. Names are as written; {@link ToscaTypes} resolves them.
 */
public record ToscaType(TypeKind kind, String name, String parent, Map<String, PropertyDefinition> properties,
		Map<String, String> capabilities, Map<String, String> requirements) {

	/** A property's declared type (a primitive, a data type name), its entry type for lists and maps, constraints. */
	public record PropertyDefinition(String type, String entryType, List<Object> constraints) {

		public static PropertyDefinition of(String type) {
			return new PropertyDefinition(type, null, List.of());
		}
	}
}

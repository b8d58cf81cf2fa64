// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types visible to one service template: the normative ones and those it defines or imports. Resolves the three
 * spellings of a normative name ({@code tosca.nodes.Compute}, {@code tosca:Compute}, {@code Compute}) and a
 * namespace prefix given at import ({@code mongodb:MongoDB}), and walks {@code derived_from} chains.
 */
public final class ToscaTypes {

	/** The built-in value types of TOSCA; data types may derive from them. */
	public static final Set<String> PRIMITIVES = Set.of("string", "integer", "float", "boolean", "timestamp", "null",
			"version", "range", "list", "map", "scalar-unit.size", "scalar-unit.time", "scalar-unit.frequency",
			"scalar-unit.bitrate");

	private final Map<TypeKind, Map<String, ToscaType>> types = new EnumMap<>(TypeKind.class);
	private final Map<TypeKind, Map<String, String>> aliases = new EnumMap<>(TypeKind.class);
	/** isA answers, asked once per template and relationship: thousands of times in a large topology. */
	private final Map<String, Boolean> isACache = new HashMap<>();

	public ToscaTypes() {
		for (TypeKind kind : TypeKind.values()) {
			types.put(kind, new LinkedHashMap<>());
			aliases.put(kind, new HashMap<>());
		}
	}

	/** Adds a type; with a namespace prefix it is also known as {@code prefix:name}. */
	public void add(ToscaType type, String prefix) {
		isACache.clear();
		types.get(type.kind()).put(type.name(), type);
		Map<String, String> names = aliases.get(type.kind());
		if (prefix != null && !prefix.isEmpty()) {
			names.put(prefix + ":" + type.name(), type.name());
		}
		String normative = "tosca." + type.kind().normativeSegment + ".";
		if (type.name().startsWith(normative)) {
			String shortName = type.name().substring(normative.length());
			names.put("tosca:" + shortName, type.name());
			names.putIfAbsent(shortName, type.name());
			String last = shortName.substring(shortName.lastIndexOf('.') + 1);
			names.putIfAbsent(last, type.name());
		}
	}

	/** The type a name refers to, in any of its spellings. */
	public Optional<ToscaType> resolve(TypeKind kind, String name) {
		if (name == null) {
			return Optional.empty();
		}
		ToscaType type = types.get(kind).get(name);
		if (type == null) {
			String canonical = aliases.get(kind).get(name);
			type = canonical == null ? null : types.get(kind).get(canonical);
		}
		return Optional.ofNullable(type);
	}

	public boolean exists(TypeKind kind, String name) {
		return resolve(kind, name).isPresent();
	}

	/** Whether {@code name} is {@code ancestor} or derives from it (both in any spelling). */
	public boolean isA(TypeKind kind, String name, String ancestor) {
		if (name == null || ancestor == null) {
			return false;
		}
		return isACache.computeIfAbsent(kind + " " + name + " " + ancestor, k -> walkIsA(kind, name, ancestor));
	}

	private boolean walkIsA(TypeKind kind, String name, String ancestor) {
		Optional<ToscaType> target = resolve(kind, ancestor);
		if (target.isEmpty()) {
			return false;
		}
		Set<String> seen = new HashSet<>();
		for (Optional<ToscaType> t = resolve(kind, name); t.isPresent() && seen.add(t.get().name()); t = resolve(kind,
				t.get().parent())) {
			if (t.get().name().equals(target.get().name())) {
				return true;
			}
		}
		return false;
	}

	/** A property's definition, looked up through the type's ancestors. */
	public Optional<ToscaType.PropertyDefinition> property(TypeKind kind, String typeName, String property) {
		Set<String> seen = new HashSet<>();
		for (Optional<ToscaType> t = resolve(kind, typeName); t.isPresent() && seen.add(t.get().name()); t = resolve(
				kind, t.get().parent())) {
			ToscaType.PropertyDefinition definition = t.get().properties().get(property);
			if (definition != null) {
				return Optional.of(definition);
			}
		}
		return Optional.empty();
	}

	/** The capability type a node type (or an ancestor) declares under {@code capability}. */
	public Optional<String> capability(String nodeType, String capability) {
		return lookUp(nodeType, t -> t.capabilities().get(capability));
	}

	/** The relationship type a node type (or an ancestor) declares for requirement {@code requirement}. */
	public Optional<String> requirement(String nodeType, String requirement) {
		return lookUp(nodeType, t -> t.requirements().containsKey(requirement)
				? Optional.ofNullable(t.requirements().get(requirement)).orElse("") : null);
	}

	private Optional<String> lookUp(String nodeType, java.util.function.Function<ToscaType, String> get) {
		Set<String> seen = new HashSet<>();
		for (Optional<ToscaType> t = resolve(TypeKind.NODE, nodeType); t.isPresent() && seen.add(t.get().name()); t = resolve(
				TypeKind.NODE, t.get().parent())) {
			String value = get.apply(t.get());
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/** The primitive a data type name stands for (itself, or the primitive it derives from); empty for complex. */
	public Optional<String> primitive(String dataType) {
		Set<String> seen = new HashSet<>();
		String name = dataType;
		while (name != null && seen.add(name)) {
			if (PRIMITIVES.contains(name)) {
				return Optional.of(name);
			}
			Optional<ToscaType> type = resolve(TypeKind.DATA, name);
			if (type.isEmpty()) {
				return Optional.empty();
			}
			name = type.get().parent();
		}
		return Optional.empty();
	}

	/** Every type of a kind, by canonical name. */
	public Map<String, ToscaType> all(TypeKind kind) {
		return java.util.Collections.unmodifiableMap(types.get(kind));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allstar.interop.yaml.YamlReader;

/**
 * The normative types of the TOSCA Simple Profile 1.3, from this bundle's own compact description
 * ({@code normative-types.yaml}), so that templates may use them without importing them, as the profile says.
 */
final class NormativeTypes {

	private static final String RESOURCE = "normative-types.yaml";
	private static volatile ToscaTypes cached;

	private NormativeTypes() {
	}

	/** A fresh registry holding the normative types, to which a template's own types are added. */
	static ToscaTypes registry() {
		ToscaTypes types = new ToscaTypes();
		if (cached == null) {
			cached = load();
		}
		for (TypeKind kind : TypeKind.values()) {
			cached.all(kind).values().forEach(type -> types.add(type, null));
		}
		return types;
	}

	private static ToscaTypes load() {
		try (InputStream in = NormativeTypes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the bundle");
			}
			Map<?, ?> kinds = (Map<?, ?>) YamlReader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			ToscaTypes types = new ToscaTypes();
			List<ToscaProblem> problems = new ArrayList<>();
			for (TypeKind kind : TypeKind.values()) {
				Object section = kinds.get(kind.name().toLowerCase(Locale.ROOT));
				if (section instanceof Map<?, ?> definitions) {
					definitions.forEach((name, definition) -> {
						Map<?, ?> d = definition instanceof Map<?, ?> m ? m : Map.of();
						Map<String, Object> asTosca = new java.util.LinkedHashMap<>();
						asTosca.put("derived_from", d.get("parent"));
						asTosca.put("properties", d.get("properties"));
						asTosca.put("capabilities", d.get("capabilities"));
						asTosca.put("requirements", d.get("requirements"));
						TypeDefinitions.read(Map.of(kind.section, Map.of(name, asTosca)), null, types, problems);
					});
				}
			}
			if (!problems.isEmpty()) {
				throw new IllegalStateException(RESOURCE + ": " + problems);
			}
			return types;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

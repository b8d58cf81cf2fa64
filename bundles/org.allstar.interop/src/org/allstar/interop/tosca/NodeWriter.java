// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compute templates as the nodes of providers: {@code num_cpus} → cpu, {@code mem_size} → memory,
 * {@code disk_size} → storage, the OS architecture → arch. The provider is the one the exporter named in the
 * template's metadata, otherwise one provider for the whole template.
 */
final class NodeWriter {

	private static final Set<String> AMD64 = Set.of("x86_64", "amd64", "x86-64", "x64");
	private static final Set<String> ARM64 = Set.of("arm64", "aarch64", "armv8");
	private static final Set<String> USED = Set.of("type", "capabilities", "metadata");

	private final ModelText text;
	private final Names names;
	private final Inputs inputs;

	NodeWriter(ModelText text, Names names, Inputs inputs) {
		this.text = text;
		this.names = names;
		this.inputs = inputs;
	}

	/** Writes the providers and returns each compute template's reference ({@code Provider.node}). */
	Map<String, String> providers(List<NodeTemplate> computes, String defaultProvider) {
		Map<String, List<NodeTemplate>> byProvider = new LinkedHashMap<>();
		computes.forEach(c -> byProvider.computeIfAbsent(Values.text(c.metadata().getOrDefault(ToscaImporter.PROVIDER,
				defaultProvider)), k -> new java.util.ArrayList<>()).add(c));
		Map<String, String> references = new LinkedHashMap<>();
		byProvider.forEach((provider, nodes) -> {
			text.blank();
			text.open("provider " + names.id(provider));
			Map<String, Object> first = nodes.get(0).metadata();
			if (first.get(ToscaImporter.PROVIDER_KIND) instanceof String kind && Set.of("cloud", "edge", "mobile").contains(kind)) {
				text.line("kind " + kind);
			}
			if (first.get(ToscaImporter.PROVIDER_REGION) instanceof String region) {
				text.line("region " + ModelStrings.quote(region));
			}
			for (NodeTemplate node : nodes) {
				String name = names.id(Values.text(node.metadata().getOrDefault(ToscaImporter.NODE, node.name())));
				references.put(node.name(), names.id(provider) + "." + name);
				write(node, name);
			}
			text.close();
		});
		return references;
	}

	private void write(NodeTemplate node, String name) {
		text.open("node " + name);
		String host = node.path() + ".capabilities.host.properties.";
		node.capabilityProperties("host").forEach((key, value) -> {
			Optional<Object> known = inputs.resolve(value);
			Optional<String> line = known.flatMap(v -> switch (key) {
			case "num_cpus" -> v instanceof Integer n && n > 0 ? Optional.of("cpu " + n + (n == 1 ? " core" : " cores")) : Optional.empty();
			case "mem_size" -> ScalarUnits.allstar(v, "scalar-unit.size").map(q -> "memory " + q);
			case "disk_size" -> ScalarUnits.allstar(v, "scalar-unit.size").map(q -> "storage " + q);
			default -> Optional.empty();
			});
			if (line.isPresent()) {
				text.line(line.get());
			} else {
				text.keep(host + key, value);
			}
		});
		node.capabilityProperties("os").forEach((key, value) -> {
			String architecture = String.valueOf(inputs.resolve(value).orElse("")).toLowerCase(Locale.ROOT);
			if (key.equals("architecture") && (AMD64.contains(architecture) || ARM64.contains(architecture))) {
				text.line("arch " + (AMD64.contains(architecture) ? "amd64" : "arm64"));
			} else {
				text.keep(node.path() + ".capabilities.os.properties." + key, value);
			}
		});
		Values.map(node.body().get("capabilities")).forEach((capability, assignment) -> {
			if (!capability.equals("host") && !capability.equals("os")) {
				text.keep(node.path() + ".capabilities." + capability, assignment);
			} else {
				Values.map(assignment).forEach((key, value) -> {
					if (!key.equals("properties")) {
						text.keep(node.path() + ".capabilities." + capability + "." + key, value);
					}
				});
			}
		});
		node.metadata().forEach((key, value) -> {
			if (!key.startsWith("allstar.")) {
				text.keep(node.path() + ".metadata." + key, value);
			}
		});
		node.body().forEach((key, value) -> {
			if (!USED.contains(key)) {
				text.keep(node.path() + "." + key, value);
			}
		});
		text.close();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hosted templates as components: the image from a {@code tosca.artifacts.Deployment.Image} artifact (variants
 * from artifacts named {@code image_<accelerator>_<arch>}), resource requests from the host requirement's
 * {@code node_filter}, ports from a {@code port} property or an Endpoint capability, replicas and placement from
 * policies; ConnectsTo requirements between components as flows.
 */
final class ComponentWriter {

	private static final String IMAGE = "tosca.artifacts.Deployment.Image";
	private static final String ENDPOINT = "tosca.capabilities.Endpoint";
	private static final Set<String> USED = Set.of("type", "metadata", "requirements", "artifacts", "properties", "capabilities");
	private static final Set<String> VARIANT_PARTS = Set.of("gpu", "fpga", "tpu", "npu", "amd64", "arm64");

	private final ModelText text;
	private final Names names;
	private final Inputs inputs;
	private final ToscaTypes types;
	private final Topology roles;
	private final PolicyMapping policies;

	ComponentWriter(ModelText text, Names names, Inputs inputs, ToscaTypes types, Topology roles, PolicyMapping policies) {
		this.text = text;
		this.names = names;
		this.inputs = inputs;
		this.types = types;
		this.roles = roles;
		this.policies = policies;
	}

	void write(NodeTemplate component, String name) {
		text.open("component " + name);
		artifacts(component);
		// the requests are the same on every host; the first host requirement with a node_filter says them
		roles.requirements(component).stream().filter(r -> r.is(types, Topology.HOSTED_ON) && !r.nodeFilter().isEmpty())
				.findFirst().ifPresent(this::resources);
		ports(component);
		Integer replicas = policies.replicas.get(component.name());
		if (replicas != null) {
			text.line("replicas " + replicas);
		}
		String placement = policies.placements.get(component.name());
		if (placement != null) {
			text.line(placement);
		}
		for (RequirementAssignment requirement : roles.requirements(component)) {
			boolean hosting = roles.isHosting(requirement) || requirement.is(types, Topology.HOSTED_ON) && requirement.node() == null;
			if (hosting) {
				keepHostingDetails(requirement);
			} else if (!isFlow(requirement)) {
				text.keep(requirement.path(), requirement.raw());
			}
		}
		component.metadata().forEach((key, value) -> {
			if (!key.startsWith("allstar.")) {
				text.keep(component.path() + ".metadata." + key, value);
			}
		});
		component.body().forEach((key, value) -> {
			if (!USED.contains(key)) {
				text.keep(component.path() + "." + key, value);
			}
		});
		text.close();
	}

	private void artifacts(NodeTemplate component) {
		List<String> variants = new ArrayList<>();
		boolean imageWritten = false;
		for (Map.Entry<String, Object> artifact : Values.map(component.body().get("artifacts")).entrySet()) {
			Map<String, Object> body = Values.map(artifact.getValue());
			String type = Values.text(body.get("type"));
			String file = Values.text(body.get("file"));
			String path = component.path() + ".artifacts." + artifact.getKey();
			if (file == null || !types.isA(TypeKind.ARTIFACT, type, IMAGE)) {
				text.keep(path, artifact.getValue());
			} else if (!imageWritten && !artifact.getKey().startsWith("image_")) {
				text.line("image " + ModelStrings.quote(file));
				imageWritten = true;
			} else if (variant(artifact.getKey()).isPresent()) {
				variants.add("variant " + variant(artifact.getKey()).get() + " " + ModelStrings.quote(file));
			} else {
				text.keep(path, artifact.getValue());
			}
		}
		variants.forEach(text::line);
	}

	/** {@code image_gpu_arm64} → {@code gpu arm64}; accelerator first, as the language wants it. */
	private static Optional<String> variant(String artifactName) {
		String[] parts = artifactName.split("_");
		if (parts.length < 2 || parts.length > 3 || !parts[0].equals("image")) {
			return Optional.empty();
		}
		List<String> rest = List.of(parts).subList(1, parts.length);
		if (!VARIANT_PARTS.containsAll(rest) || rest.size() == 2 && (rest.get(0).endsWith("64") || !rest.get(1).endsWith("64"))) {
			return Optional.empty();
		}
		return Optional.of(String.join(" ", rest));
	}

	/** What a host requirement says beyond its target, its type and its requests (capability, occurrences, ...). */
	private void keepHostingDetails(RequirementAssignment host) {
		requirementDetails(host).forEach((key, value) -> text.keep(host.path() + "." + key, value));
		host.relationshipProperties().forEach((key, value) -> text.keep(host.path() + ".relationship.properties." + key, value));
	}

	private static Map<String, Object> requirementDetails(RequirementAssignment requirement) {
		Map<String, Object> details = new java.util.LinkedHashMap<>(Values.map(requirement.raw()));
		details.remove("node");
		details.remove("node_filter");
		if (!(details.get("relationship") instanceof Map)) {
			details.remove("relationship");
		} else {
			Map<String, Object> relationship = new java.util.LinkedHashMap<>(Values.map(details.get("relationship")));
			relationship.remove("type");
			relationship.remove("properties");
			if (relationship.isEmpty()) {
				details.remove("relationship");
			} else {
				details.put("relationship", relationship);
			}
		}
		return details;
	}

	private void resources(RequirementAssignment host) {
		NodeFilters.hostBounds(host.nodeFilter()).forEach((key, bound) -> {
			Optional<String> line = switch (key) {
			case "num_cpus" -> bound instanceof Number n ? Optional.of("cpu " + decimal(n) + " cores") : Optional.empty();
			case "mem_size" -> ScalarUnits.allstar(bound, "scalar-unit.size").map(q -> "memory " + q);
			case "disk_size" -> ScalarUnits.allstar(bound, "scalar-unit.size").map(q -> "storage " + q);
			default -> Optional.empty();
			};
			if (line.isPresent()) {
				text.line(line.get());
			} else {
				text.keep(host.path() + ".node_filter." + key, bound);
			}
		});
		Map<String, Object> rest = new java.util.LinkedHashMap<>(host.nodeFilter());
		rest.remove("capabilities");
		rest.forEach((key, value) -> text.keep(host.path() + ".node_filter." + key, value));
	}

	private void ports(NodeTemplate component) {
		List<Integer> ports = new ArrayList<>();
		Values.map(component.body().get("properties")).forEach((key, value) -> {
			Object known = inputs.resolve(value).orElse(null);
			if (key.equals("port") && known instanceof Integer port && port >= 1 && port <= 65535) {
				ports.add(port);
			} else {
				text.keep(component.path() + ".properties." + key, value);
			}
		});
		Values.map(component.body().get("capabilities")).forEach((name, assignment) -> {
			boolean endpoint = types.capability(component.type(), name).map(t -> types.isA(TypeKind.CAPABILITY, t, ENDPOINT)).orElse(false);
			Map<String, Object> properties = Values.map(Values.map(assignment).get("properties"));
			String path = component.path() + ".capabilities." + name + ".properties.";
			properties.forEach((key, value) -> {
				if (endpoint && key.equals("port") && value instanceof Integer port) {
					ports.add(port);
				} else if (endpoint && key.equals("ports") && value instanceof Map<?, ?> specs) {
					specs.values().forEach(spec -> {
						if (Values.map(spec).get("target") instanceof Integer port) {
							ports.add(port);
						}
					});
				} else if (!(endpoint && key.equals("protocol") && "tcp".equals(value))) {
					text.keep(path + key, value);
				}
			});
			Values.map(assignment).forEach((key, value) -> {
				if (!key.equals("properties")) {
					text.keep(component.path() + ".capabilities." + name + "." + key, value);
				}
			});
		});
		List<Integer> distinct = ports.stream().distinct().toList();
		if (!distinct.isEmpty()) {
			text.line("ports " + String.join(", ", distinct.stream().map(String::valueOf).toList()));
		}
	}

	private boolean isFlow(RequirementAssignment requirement) {
		return requirement.is(types, Topology.CONNECTS_TO) && roles.template(requirement.node()).filter(roles::isComponent).isPresent();
	}

	/** Writes the flows (after the components, as the layout wants) and returns how many. */
	int flows(List<NodeTemplate> components, Map<String, String> componentNames) {
		int count = 0;
		for (NodeTemplate component : components) {
			for (RequirementAssignment requirement : roles.requirements(component)) {
				if (!isFlow(requirement)) {
					continue;
				}
				StringBuilder flow = new StringBuilder("flow " + componentNames.get(component.name()) + " -> "
						+ componentNames.get(requirement.node()));
				requirement.relationshipProperties().forEach((key, value) -> {
					Object known = inputs.resolve(value).orElse(null);
					Optional<String> bandwidth = key.equals("bandwidth") ? ScalarUnits.allstar(known, "scalar-unit.bitrate") : Optional.empty();
					Optional<String> latency = key.equals("latency") ? ScalarUnits.allstar(known, "scalar-unit.time") : Optional.empty();
					if (bandwidth.isPresent()) {
						flow.append(" bandwidth ").append(bandwidth.get());
					} else if (latency.isPresent()) {
						flow.append(" latency < ").append(latency.get());
					} else {
						text.keep(requirement.path() + ".relationship.properties." + key, value);
					}
				});
				text.line(flow.toString());
				count++;
			}
		}
		return count;
	}

	private static String decimal(Number n) {
		return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
	}
}

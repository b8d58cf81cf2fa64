// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Policies with an ALLSTAR-ML counterpart: Performance policies become {@code require} lines (properties
 * {@code availability}, {@code throughput}, {@code latency} with {@code path} or the targets as the path,
 * {@code reputation}), Placement policies a component's {@code placement} ({@code tier}, {@code near}), Scaling
 * policies its {@code replicas} ({@code default_instances}, else {@code min_instances}). The rest is kept.
 */
final class PolicyMapping {

	static final String PERFORMANCE = "tosca.policies.Performance";
	static final String PLACEMENT = "tosca.policies.Placement";
	static final String SCALING = "tosca.policies.Scaling";
	private static final Set<String> TIERS = Set.of("cloud", "edge", "mobile");

	/** A TOSCA part left for the comments: its path and its value. */
	record Unmapped(String path, Object value) {
	}

	final List<String> requirements = new ArrayList<>();
	final Map<String, String> placements = new LinkedHashMap<>();
	final Map<String, Integer> replicas = new LinkedHashMap<>();
	final List<Unmapped> unmapped = new ArrayList<>();

	PolicyMapping(Map<String, Object> topology, ToscaTypes types, Map<String, String> componentNames, Inputs inputs) {
		Named.of(topology.get("policies")).forEach((name, policy) -> {
			String path = "topology_template.policies." + name;
			String type = Values.text(policy.get("type"));
			List<String> targets = Values.list(policy.get("targets")).stream().map(String::valueOf).toList();
			Map<String, Object> properties = new LinkedHashMap<>(Values.map(policy.get("properties")));
			properties.replaceAll((k, v) -> inputs.resolve(v).orElse(v));
			boolean targetsComponents = !targets.isEmpty() && targets.stream().allMatch(componentNames::containsKey);
			if (types.isA(TypeKind.POLICY, type, PERFORMANCE)) {
				performance(path, properties, targets, componentNames);
			} else if (types.isA(TypeKind.POLICY, type, PLACEMENT) && targetsComponents) {
				placement(path, properties, targets, componentNames);
			} else if (types.isA(TypeKind.POLICY, type, SCALING) && targetsComponents) {
				scaling(path, properties, targets, componentNames);
			} else {
				unmapped.add(new Unmapped(path, policy));
				return;
			}
			for (String key : List.of("description", "metadata", "triggers")) {
				if (policy.containsKey(key)) {
					unmapped.add(new Unmapped(path + "." + key, policy.get(key)));
				}
			}
			if (!targetsComponents && !targets.isEmpty()) {
				unmapped.add(new Unmapped(path + ".targets", targets));
			}
		});
	}

	private void performance(String path, Map<String, Object> properties, List<String> targets, Map<String, String> componentNames) {
		properties.forEach((key, value) -> {
			String line = switch (key) {
			case "availability" -> percent(value).map(p -> "require availability >= " + p).orElse(null);
			case "throughput" -> value instanceof String s && s.matches("\\s*[0-9]+(\\.[0-9]+)?\\s*[A-Za-z/]+\\s*")
					? "require throughput >= " + s.trim() : null;
			case "reputation" -> value instanceof Number n ? "require reputation >= " + decimal(n) : null;
			case "latency" -> latency(value, properties.get("path"), targets, componentNames);
			case "path" -> "";
			default -> null;
			};
			if (line == null) {
				unmapped.add(new Unmapped(path + ".properties." + key, value));
			} else if (!line.isEmpty()) {
				requirements.add(line);
			}
		});
	}

	private static String latency(Object value, Object path, List<String> targets, Map<String, String> componentNames) {
		List<String> hops = path instanceof List<?> list ? list.stream().map(String::valueOf).toList() : targets;
		java.util.Optional<String> bound = ScalarUnits.allstar(value, "scalar-unit.time");
		if (hops.size() < 2 || bound.isEmpty() || !hops.stream().allMatch(componentNames::containsKey)) {
			return null;
		}
		return "require latency " + String.join(" -> ", hops.stream().map(componentNames::get).toList()) + " < " + bound.get();
	}

	private void placement(String path, Map<String, Object> properties, List<String> targets, Map<String, String> componentNames) {
		Object tier = properties.get("tier");
		if (!(tier instanceof String t) || !TIERS.contains(t)) {
			unmapped.add(new Unmapped(path + ".properties", properties));
			return;
		}
		Object near = properties.get("near");
		String hint = "placement " + t + (near instanceof String n ? " near " + ModelStrings.quote(n) : "");
		targets.forEach(target -> placements.put(target, hint));
		properties.keySet().stream().filter(k -> !k.equals("tier") && !k.equals("near"))
				.forEach(k -> unmapped.add(new Unmapped(path + ".properties." + k, properties.get(k))));
	}

	private void scaling(String path, Map<String, Object> properties, List<String> targets, Map<String, String> componentNames) {
		Object count = properties.getOrDefault("default_instances", properties.get("min_instances"));
		if (count instanceof Integer n && n >= 1) {
			targets.forEach(target -> replicas.put(target, n));
		}
		properties.keySet().stream().filter(k -> !k.equals("default_instances") && !k.equals("min_instances"))
				.forEach(k -> unmapped.add(new Unmapped(path + ".properties." + k, properties.get(k))));
	}

	/** {@code 99.5 %}, {@code "99.5%"} or {@code 99.5} as an ALLSTAR-ML percentage. */
	private static java.util.Optional<String> percent(Object value) {
		String text = String.valueOf(value).trim();
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).trim();
		}
		return text.matches("[0-9]+(\\.[0-9]+)?") ? java.util.Optional.of(text + " %") : java.util.Optional.empty();
	}

	private static String decimal(Number n) {
		return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
	}
}

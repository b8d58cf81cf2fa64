// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allstar.model.Application;
import org.allstar.model.AvailabilityRequirement;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Flow;
import org.allstar.model.ImageVariant;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.AllstarPackage;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.model.ReputationRequirement;
import org.allstar.model.Requirement;
import org.allstar.model.ThroughputRequirement;

/**
 * An application's components as {@code allstar.nodes.Component} templates hosted on the nodes of its deployment,
 * its flows as {@code connection} requirements, its requirements, placement hints and replicas as policies.
 */
final class ComponentExport {

	private final ToscaExporter.ExportNames names;
	private final List<String> notCarried;
	private final ToscaExporter.Written written;

	ComponentExport(ToscaExporter.ExportNames names, List<String> notCarried, ToscaExporter.Written written) {
		this.names = names;
		this.notCarried = notCarried;
		this.written = written;
	}

	void application(Application application, Deployment deployment, Map<String, Object> nodeTemplates, List<Object> policies) {
		String where = "application " + application.getName();
		if (application.getBudget() != null) notCarried.add(where + ": budget");
		if (application.getEnergyBudget() != null) notCarried.add(where + ": energy");
		for (Component component : application.getComponents()) {
			names.of(component, component.getName(), application.getName());
		}
		for (Component component : application.getComponents()) {
			nodeTemplates.put(name(component), template(component, placementOf(component, deployment)));
			policies(component, policies);
		}
		for (Flow flow : application.getFlows()) {
			connection(flow, nodeTemplates);
		}
		List<String> all = application.getComponents().stream().map(this::name).toList();
		int index = 1;
		for (Requirement requirement : application.getRequirements()) {
			Map<String, Object> properties = requirement(requirement, where);
			if (properties != null) {
				List<String> targets = requirement instanceof LatencyRequirement l ? l.getPath().stream().map(this::name).toList() : all;
				policies.add(Map.of(application.getName() + "_requirement_" + index++, ExportTypes.map("type",
						ExportTypes.REQUIREMENT, "targets", targets, "properties", properties)));
			}
		}
	}

	private String name(Component component) {
		return names.of(component, component.getName(), ((Application) component.eContainer()).getName());
	}

	private static Placement placementOf(Component component, Deployment deployment) {
		return deployment == null ? null
				: deployment.getPlacements().stream().filter(p -> p.getComponent() == component).findFirst().orElse(null);
	}

	private Map<String, Object> template(Component component, Placement placement) {
		Map<String, Object> template = ExportTypes.map("type", ExportTypes.COMPONENT);
		if (!name(component).equals(component.getName())) {
			template.put("metadata", ExportTypes.map(ToscaImporter.COMPONENT, component.getName()));
		}
		if (!component.getPorts().isEmpty()) {
			Map<String, Object> properties = ExportTypes.map("protocol", "tcp");
			if (component.getPorts().size() == 1) {
				properties.put("port", component.getPorts().get(0));
			} else {
				Map<String, Object> ports = ExportTypes.map();
				component.getPorts().forEach(p -> ports.put("port_" + p, ExportTypes.map("protocol", "tcp", "target", p)));
				properties.put("ports", ports);
			}
			template.put("capabilities", ExportTypes.map("endpoint", ExportTypes.map("properties", properties)));
		}
		List<Object> requirements = new ArrayList<>();
		Map<String, Object> filter = nodeFilter(component);
		for (Node node : placement == null ? List.<Node>of() : placement.getNodes()) {
			Map<String, Object> host = ExportTypes.map("node", names.of(node, node.getName(), ((Provider) node.eContainer()).getName()));
			if (filter != null) host.put("node_filter", filter);
			requirements.add(Map.of("host", host));
		}
		if (requirements.isEmpty() && filter != null) {
			requirements.add(Map.of("host", ExportTypes.map("node_filter", filter)));
		}
		if (!requirements.isEmpty()) template.put("requirements", requirements);
		Map<String, Object> artifacts = artifacts(component);
		if (!artifacts.isEmpty()) template.put("artifacts", artifacts);
		String where = "component " + component.getName();
		for (String feature : List.of("accelerator", "isolation", "trust", "handles", "probe")) {
			var f = component.eClass().getEStructuralFeature(feature);
			if (f != null && written.isWritten(component, f)) notCarried.add(where + ": " + feature);
		}
		return template;
	}

	/** The component's requests as lower bounds on its host's capability; null when it asks nothing. */
	private Map<String, Object> nodeFilter(Component component) {
		List<Object> properties = new ArrayList<>();
		if (component.getCpu() != null && ToscaExporter.cpus(component.getCpu()) != null) {
			properties.add(Map.of("num_cpus", List.of(Map.of("greater_or_equal", ToscaExporter.cpus(component.getCpu())))));
			if (!ToscaExporter.isWhole(component.getCpu())) {
				notCarried.add("component " + component.getName() + ": cpu rounded up to whole CPUs (num_cpus is whole)");
			}
		}
		if (component.getMemory() != null) {
			properties.add(Map.of("mem_size", List.of(Map.of("greater_or_equal", ToscaExporter.size(component.getMemory())))));
		}
		if (component.getStorage() != null) {
			properties.add(Map.of("disk_size", List.of(Map.of("greater_or_equal", ToscaExporter.size(component.getStorage())))));
		}
		return properties.isEmpty() ? null
				: ExportTypes.map("capabilities", List.of(Map.of("host", ExportTypes.map("properties", properties))));
	}

	private static Map<String, Object> artifacts(Component component) {
		Map<String, Object> artifacts = ExportTypes.map();
		if (component.getImage() != null) {
			artifacts.put("image", ExportTypes.map("type", "tosca.artifacts.Deployment.Image", "file", component.getImage()));
		}
		for (ImageVariant variant : component.getVariants()) {
			StringBuilder name = new StringBuilder("image");
			if (variant.isSetAccelerator()) name.append('_').append(variant.getAccelerator().getLiteral());
			if (variant.isSetArch()) name.append('_').append(variant.getArch().getLiteral());
			artifacts.put(name.toString(), ExportTypes.map("type", "tosca.artifacts.Deployment.Image", "file", variant.getImage()));
		}
		return artifacts;
	}

	private void policies(Component component, List<Object> policies) {
		if (component.getPlacement() != null) {
			Map<String, Object> properties = ExportTypes.map("tier", component.getPlacement().getTier().getLiteral());
			if (component.getPlacement().getNear() != null) properties.put("near", component.getPlacement().getNear());
			policies.add(Map.of(name(component) + "_placement", ExportTypes.map("type", ExportTypes.TIER, "targets",
					List.of(name(component)), "properties", properties)));
		}
		if (written.isWritten(component, AllstarPackage.Literals.COMPONENT__REPLICAS)) {
			policies.add(Map.of(name(component) + "_replicas", ExportTypes.map("type", ExportTypes.REPLICAS, "targets",
					List.of(name(component)), "properties", ExportTypes.map("default_instances", component.getReplicas()))));
		}
	}

	@SuppressWarnings("unchecked")
	private void connection(Flow flow, Map<String, Object> nodeTemplates) {
		Map<String, Object> properties = ExportTypes.map();
		if (flow.getBandwidth() != null) properties.put("bandwidth", flow.getBandwidth().getValue().toPlainString() + " " + flow.getBandwidth().getUnit());
		if (flow.getLatency() != null) properties.put("latency", ToscaExporter.time(flow.getLatency()));
		if (!flow.getCarries().isEmpty()) notCarried.add("flow " + flow.getSource().getName() + " -> " + flow.getTarget().getName() + ": carries");
		Map<String, Object> relationship = ExportTypes.map("type", ExportTypes.FLOW);
		if (!properties.isEmpty()) relationship.put("properties", properties);
		Map<String, Object> source = (Map<String, Object>) nodeTemplates.get(name(flow.getSource()));
		List<Object> requirements = (List<Object>) source.computeIfAbsent("requirements", k -> new ArrayList<>());
		requirements.add(Map.of("connection", ExportTypes.map("node", name(flow.getTarget()), "relationship", relationship)));
	}

	private Map<String, Object> requirement(Requirement requirement, String where) {
		if (requirement instanceof AvailabilityRequirement a && a.getMinimum() != null) {
			return ExportTypes.map("availability", a.getMinimum().getValue().toPlainString() + " %");
		}
		if (requirement instanceof ThroughputRequirement t && t.getMinimum() != null) {
			return ExportTypes.map("throughput", t.getMinimum().getValue().toPlainString() + " " + t.getMinimum().getUnit());
		}
		if (requirement instanceof LatencyRequirement l && l.getBound() != null) {
			return ExportTypes.map("latency", ToscaExporter.time(l.getBound()), "path", l.getPath().stream().map(this::name).toList());
		}
		if (requirement instanceof ReputationRequirement r && r.getMinimum() != null) {
			return ExportTypes.map("reputation", r.getMinimum().doubleValue());
		}
		notCarried.add(where + ": require " + requirement.eClass().getName().replace("Requirement", "").toLowerCase(java.util.Locale.ROOT)
				+ " (no TOSCA counterpart)");
		return null;
	}
}

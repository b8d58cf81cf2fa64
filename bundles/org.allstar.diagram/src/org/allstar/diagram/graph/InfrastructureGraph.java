// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.graph;

import static org.allstar.diagram.graph.Shapes.join;
import static org.allstar.diagram.graph.Shapes.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.math.MathContext;

import org.allstar.diagram.DiagramTypes;
import org.allstar.model.Accelerator;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Rational;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Resource;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/**
 * The infrastructure graph: each provider a container (CSS class cloud, edge or mobile) with its nodes inside,
 * each showing its capacity; each network link an edge labelled with latency and bandwidth. With a deployment,
 * each node also lists the components placed on it and a gauge per resource (used of capacity).
 */
public final class InfrastructureGraph {

	/** Room above a provider's nodes for its own name. */
	static final double HEADER = 30;

	private InfrastructureGraph() {
	}

	/** The providers and networks of {@code models} (files loaded together), with an optional deployment overlay. */
	public static GGraph of(List<Model> models, Optional<Deployment> overlay) {
		Map<String, List<String>> placed = overlay.map(InfrastructureGraph::placements).orElse(Map.of());
		Map<Node, List<Component>> replicas = overlay.map(InfrastructureGraph::replicas).orElse(null);
		GGraph graph = new GGraphBuilder(DiagramTypes.GRAPH).id("infrastructure").build();
		List<Link> links = new ArrayList<>();
		for (Model model : models) {
			for (var element : model.getElements()) {
				if (element instanceof Provider provider) {
					graph.getChildren().add(container(provider, placed, replicas));
				} else if (element instanceof Network network) {
					links.addAll(network.getLinks());
				}
			}
		}
		links(links).forEach((id, link) -> graph.getChildren().add(edge(id, link)));
		return graph;
	}

	/**
	 * The drawable links by edge id, in the given order. A link with an unresolved end is left out: the text editor
	 * shows the error, and an edge to nothing breaks the client. Edits find their link by this id.
	 */
	public static Map<String, Link> links(List<Link> links) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Link> drawable = new LinkedHashMap<>();
		for (Link link : links) {
			if (link.getSource() == null || link.getTarget() == null || link.getSource().eIsProxy()
					|| link.getTarget().eIsProxy()) {
				continue;
			}
			String source = Ids.host(link.getSource());
			String target = Ids.host(link.getTarget());
			int index = seen.merge(source + "--" + target, 1, Integer::sum) - 1;
			drawable.put(Ids.link(source, target, index), link);
		}
		return drawable;
	}

	/** Node id to the names of the components the deployment places there, in the text's order. */
	private static Map<String, List<String>> placements(Deployment deployment) {
		Map<String, List<String>> placed = new LinkedHashMap<>();
		for (Placement placement : deployment.getPlacements()) {
			if (placement.getComponent() == null || placement.getComponent().eIsProxy()) {
				continue;
			}
			for (Node node : placement.getNodes()) {
				if (!node.eIsProxy()) {
					placed.computeIfAbsent(Ids.node(node), k -> new ArrayList<>())
							.add(placement.getComponent().getName());
				}
			}
		}
		return placed;
	}

	/**
	 * The components each node runs, one entry per replica, counted as the verifier's capacity rule counts them
	 * (its {@link DeploymentView}), so that a gauge over 1 is the capacity error the text editor shows.
	 */
	private static Map<Node, List<Component>> replicas(Deployment deployment) {
		// only the replicas per node are read, which needs no network graph
		Map<Node, List<Component>> replicas = new HashMap<>();
		new DeploymentView(deployment, null).replicasByNode().forEach((node, placements) -> replicas.put(node,
				placements.stream().map(Placement::getComponent).toList()));
		return replicas;
	}

	private static GNode container(Provider provider, Map<String, List<String>> placed,
			Map<Node, List<Component>> replicas) {
		String id = Ids.provider(provider);
		String title = join(provider.getName(), provider.getKind().getLiteral(), provider.getRegion());
		GNodeBuilder builder = new GNodeBuilder(DiagramTypes.PROVIDER).id(id)
				.size(Shapes.width(List.of(title)), HEADER + Shapes.PADDING)
				.addCssClass(provider.getKind().getLiteral())
				.add(Shapes.label(DiagramTypes.NAME, Ids.child(id, "name"), title));
		for (Node node : provider.getNodes()) {
			builder.add(host(node, placed.getOrDefault(Ids.node(node), List.of()),
					replicas == null ? null : replicas.getOrDefault(node, List.of())));
		}
		return Shapes.placeLines(builder.build());
	}

	/**
	 * A node with its name, its capacity, and with a deployment shown, the components it runs and a gauge per
	 * resource it declares ({@code replicas} null: no deployment, no gauges).
	 */
	private static GNode host(Node node, List<String> components, List<Component> replicas) {
		String id = Ids.node(node);
		List<String> lines = new ArrayList<>();
		lines.add(node.getName());
		String capacity = join(quantity(node.getCpu()), quantity(node.getMemory()), quantity(node.getStorage()));
		String accelerators = join(node.getAccelerators().stream().map(InfrastructureGraph::accelerator)
				.toArray(String[]::new));
		GNodeBuilder builder = new GNodeBuilder(DiagramTypes.HOST).id(id)
				.add(Shapes.label(DiagramTypes.NAME, Ids.child(id, "name"), node.getName()))
				.addCssClass("state-" + node.getState().getLiteral());
		for (String figures : List.of(capacity, accelerators)) {
			if (!figures.isEmpty()) {
				lines.add(figures);
				builder.add(Shapes.label(DiagramTypes.FIGURES, Ids.child(id, "figures/" + lines.size()), figures));
			}
		}
		for (String component : components) {
			lines.add("\u25b6 " + component);
			builder.add(Shapes.label(DiagramTypes.PLACEMENT, Ids.child(id, "placed/" + component),
					"\u25b6 " + component, "deployed"));
		}
		if (replicas != null) {
			for (Resource resource : Resource.values()) {
				resource.offeredBy(node).filter(offered -> offered.signum() > 0).ifPresent(offered -> {
					GLabel gauge = gauge(Ids.node(node), resource, resource.askedBy(replicas), offered);
					lines.add(gauge.getText());
					builder.add(gauge);
				});
			}
		}
		return Shapes.placeLines(builder.size(Shapes.width(lines), Shapes.height(lines.size())).build());
	}

	/** "CPU 6 / 16 cores", with the numbers as arguments for the client's bar. */
	private static GLabel gauge(String nodeId, Resource resource, Rational used, Rational capacity) {
		double ratio = used.doubleValue() / capacity.doubleValue();
		String name = resource.name().toLowerCase(Locale.ROOT);
		GLabel gauge = Shapes.label(DiagramTypes.GAUGE, Ids.child(nodeId, "gauge/" + name),
				resource.label() + " " + number(used) + " / " + number(capacity) + " " + resource.unit().symbol(),
				"gauge-" + name);
		if (ratio > 1) {
			gauge.getCssClasses().add("over-capacity");
		}
		gauge.getArgs().put("resource", name);
		gauge.getArgs().put("used", used.doubleValue());
		gauge.getArgs().put("capacity", capacity.doubleValue());
		gauge.getArgs().put("ratio", ratio);
		return gauge;
	}

	/** 6, 0.5 or 1.25: the exact value, without a trailing ".0". */
	private static String number(Rational value) {
		return value.toBigDecimal(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
	}

	private static String accelerator(Accelerator accelerator) {
		int count = accelerator.getCount() == 0 ? 1 : accelerator.getCount();
		return count + "\u00d7 " + accelerator.getKind().getLiteral() + " " + accelerator.getModel();
	}

	private static GEdge edge(String id, Link link) {
		GEdgeBuilder builder = new GEdgeBuilder(DiagramTypes.LINK).id(id).sourceId(Ids.host(link.getSource()))
				.targetId(Ids.host(link.getTarget()));
		if (link.isBidirectional()) {
			builder.addCssClass("bidirectional");
		}
		GEdge edge = builder.build();
		String text = join(quantity(link.getLatency()), quantity(link.getBandwidth()));
		if (!text.isEmpty()) {
			edge.getChildren().add(Shapes.edgeLabel(edge, text));
		}
		return edge;
	}
}

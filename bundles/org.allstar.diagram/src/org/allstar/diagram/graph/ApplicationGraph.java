// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.graph;

import static org.allstar.diagram.graph.Shapes.join;
import static org.allstar.diagram.graph.Shapes.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.diagram.DiagramTypes;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.DataClass;
import org.allstar.model.Flow;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.Requirement;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/**
 * The application graph: each component a node (its CSS classes tell accelerator need, isolation and trust, its
 * badges the data classes it handles), each flow an edge labelled with bandwidth and latency bound, and each latency
 * requirement on the flows of its path. Positions are left at zero; {@link org.allstar.diagram.layout.AutoLayout} places the nodes.
 */
public final class ApplicationGraph {

	private ApplicationGraph() {
	}

	public static GGraph of(Application application) {
		GGraph graph = new GGraphBuilder(DiagramTypes.GRAPH).id(application.getName()).build();
		for (Component component : application.getComponents()) {
			graph.getChildren().add(node(component));
		}
		Map<String, GEdge> edges = new LinkedHashMap<>();
		flows(application).forEach((id, flow) -> edges.put(id, edge(id, flow)));
		latencyPaths(application, edges);
		graph.getChildren().addAll(edges.values());
		return graph;
	}

	/**
	 * Shows each latency requirement on the flows of the path it constrains: a label with its bound and the CSS
	 * class {@code on-latency-path} (a step of the path without a flow has nothing to show it on).
	 */
	private static void latencyPaths(Application application, Map<String, GEdge> edges) {
		List<Requirement> requirements = application.getRequirements();
		for (int r = 0; r < requirements.size(); r++) {
			if (!(requirements.get(r) instanceof LatencyRequirement latency) || latency.getBound() == null
					|| latency.getPath().stream().anyMatch(Component::eIsProxy)) {
				continue;
			}
			List<String> path = latency.getPath().stream().map(Ids::component).toList();
			String text = "path < " + quantity(latency.getBound());
			for (int i = 0; i + 1 < path.size(); i++) {
				GEdge edge = edges.get(Ids.flow(path.get(i), path.get(i + 1), 0));
				if (edge != null) {
					if (!edge.getCssClasses().contains("on-latency-path")) {
						edge.getCssClasses().add("on-latency-path");
					}
					edge.getChildren().add(Shapes.sized(new GLabelBuilder(DiagramTypes.REQUIREMENT)
							.id(Ids.child(edge.getId(), "requirement/" + r)).text(text)
							.addArgument("path", String.join(" -> ", path))
							.addArgument("bound", quantity(latency.getBound()))
							.edgePlacement(new GEdgePlacementBuilder().side("bottom").position(0.5).offset(4).build())
							.build()));
				}
			}
		}
	}

	/**
	 * The drawable flows by edge id, in the text's order. A flow with an unresolved end is left out: the text
	 * editor shows the error, and an edge to nothing breaks the client. Edits find their flow by this id.
	 */
	public static Map<String, Flow> flows(Application application) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Flow> flows = new LinkedHashMap<>();
		for (Flow flow : application.getFlows()) {
			if (flow.getSource() == null || flow.getTarget() == null || flow.getSource().eIsProxy()
					|| flow.getTarget().eIsProxy()) {
				continue;
			}
			String source = Ids.component(flow.getSource());
			String target = Ids.component(flow.getTarget());
			int index = seen.merge(source + "->" + target, 1, Integer::sum) - 1;
			flows.put(Ids.flow(source, target, index), flow);
		}
		return flows;
	}

	private static GNode node(Component component) {
		String id = Ids.component(component);
		List<String> lines = new ArrayList<>();
		lines.add(component.getName());
		String figures = join(quantity(component.getCpu()), quantity(component.getMemory()), accelerator(component));
		if (!figures.isEmpty()) {
			lines.add(figures);
		}
		List<String> badges = component.getHandles().stream().filter(d -> !d.eIsProxy()).map(DataClass::getName)
				.toList();
		if (!badges.isEmpty()) {
			lines.add(String.join("  ", badges));
		}
		List<String> css = cssClasses(component);
		// an icon each for an accelerator need and an isolation level (the client draws them by these classes)
		int icons = (int) css.stream().filter(c -> c.equals("accelerator-required") || c.equals("accelerator-preferred")
				|| c.startsWith("isolation-")).count();
		GNodeBuilder builder = new GNodeBuilder(DiagramTypes.COMPONENT).id(id)
				.size(Shapes.width(lines, icons), Shapes.height(lines.size()))
				.add(Shapes.label(DiagramTypes.NAME, Ids.child(id, "name"), component.getName()));
		if (!figures.isEmpty()) {
			builder.add(Shapes.label(DiagramTypes.FIGURES, Ids.child(id, "figures"), figures));
		}
		for (DataClass data : component.getHandles()) {
			if (!data.eIsProxy()) {
				builder.add(Shapes.label(DiagramTypes.DATA_BADGE, Ids.child(id, "data/" + data.getName()),
						data.getName(), "sensitivity-" + data.getSensitivity().getLiteral()));
			}
		}
		css.forEach(builder::addCssClass);
		return Shapes.placeLines(builder.build());
	}

	/** The looks a component gets: accelerator need, isolation level, trust. */
	static List<String> cssClasses(Component component) {
		List<String> css = new ArrayList<>();
		AcceleratorNeed need = component.getAccelerator();
		if (need != null) {
			css.add("accelerator-" + need.getNeed().getLiteral());
			css.add("accelerator-" + need.getKind().getLiteral());
		}
		// the defaults (no isolation, normal trust) get no class, so plain components look plain
		if (component.getIsolation() != null && !"none".equals(component.getIsolation().getLiteral())) {
			css.add("isolation-" + component.getIsolation().getLiteral());
		}
		if (component.getTrust() != null && !"normal".equals(component.getTrust().getLiteral())) {
			css.add("trust-" + component.getTrust().getLiteral());
		}
		return css;
	}

	private static String accelerator(Component component) {
		AcceleratorNeed need = component.getAccelerator();
		return need == null ? null : need.getKind().getLiteral() + " " + need.getNeed().getLiteral();
	}

	private static GEdge edge(String id, Flow flow) {
		GEdge edge = new GEdgeBuilder(DiagramTypes.FLOW).id(id).sourceId(Ids.component(flow.getSource()))
				.targetId(Ids.component(flow.getTarget())).build();
		String text = join(quantity(flow.getBandwidth()),
				flow.getLatency() == null ? null : "< " + quantity(flow.getLatency()));
		if (!text.isEmpty()) {
			edge.getChildren().add(Shapes.edgeLabel(edge, text));
		}
		return edge;
	}
}

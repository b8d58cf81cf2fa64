// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.diagram.layout.stress.StressLayoutProvider;
import org.allstar.diagram.layout.stress.StressMetaDataProvider;
import org.allstar.diagram.layout.stress.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Places the nodes of a diagram with ELK (in Java, no browser) for what has no stored position, stored positions
 * for the rest, so that an edit of the text moves nothing the user has seen. Containers (the infrastructure's
 * providers) grow to hold their nodes.
 *
 * <p>Applications use ELK's layered algorithm, left to right along their flows. Infrastructures use our stress
 * layout ({@link StressLayoutProvider}, plugged into ELK as the algorithm {@link StressOptions#ALGORITHM_ID}): the
 * nodes of each provider by the links among them, and the providers by the links between them, so that linked
 * things sit near each other without a direction a network does not have. ELK's own stress and force algorithms
 * ({@code org.eclipse.elk.alg.force}) are not published on Maven Central for 0.12.1, which is why the algorithm is
 * ours. {@link Style#INFRASTRUCTURE_LAYERED} keeps the former layered infrastructure layout as the benchmark's
 * baseline.
 */
public final class AutoLayout {

	/** Which ELK algorithm lays the diagram out, and in which direction the flow reads where it has one. */
	public enum Style {
		/** Layered, along the flows, left to right. */
		APPLICATION(LayeredOptions.ALGORITHM_ID, Direction.RIGHT),
		/** Our stress layout: providers and their nodes placed by the links among them. */
		INFRASTRUCTURE(StressOptions.ALGORITHM_ID, Direction.UNDEFINED),
		/** Layered, top down, each provider on its own: the infrastructure's layout before the stress one. */
		INFRASTRUCTURE_LAYERED(LayeredOptions.ALGORITHM_ID, Direction.DOWN);

		private final String algorithm;
		private final Direction direction;

		Style(String algorithm, Direction direction) {
			this.algorithm = algorithm;
			this.direction = direction;
		}

		/** The id of the ELK algorithm that lays out every level of the diagram. */
		public String algorithm() {
			return algorithm;
		}

		private boolean layered() {
			return LayeredOptions.ALGORITHM_ID.equals(algorithm);
		}
	}

	static final double SPACING = 40;
	static final double CONTAINER_PADDING = 12;
	static final double HEADER = 30;

	static {
		// In OSGi, ELK's ServiceLoader lookup of algorithms sees no other bundle: register explicitly.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
				new StressMetaDataProvider());
	}

	private AutoLayout() {
	}

	/** How ELK treats the providers' nodes. */
	public enum Hierarchy {
		/**
		 * Each container laid out on its own, edges between containers lifted to their containers (the default:
		 * about 30 times faster than {@link #ACROSS} on 1,000 nodes).
		 */
		SEPARATE,
		/**
		 * One layered layout across the hierarchy (ELK's INCLUDE_CHILDREN): the benchmark's baseline. Layered styles
		 * only: the stress layout draws one level at a time.
		 */
		ACROSS
	}

	/**
	 * Sets the position of every node in {@code graph} and the route of every edge it can, and returns the layout
	 * that records them all (stored ones as they were, new ones where they were placed), to be kept for the next
	 * edit.
	 */
	public static DiagramLayout arrange(GGraph graph, DiagramLayout stored, Style style) {
		return arrange(graph, stored, style, Hierarchy.SEPARATE);
	}

	/**
	 * As {@link #arrange(GGraph, DiagramLayout, Style)}, with ELK treating containers as {@code hierarchy} says.
	 *
	 * @throws IllegalArgumentException for {@link Hierarchy#ACROSS} with a style that is not layered
	 */
	public static DiagramLayout arrange(GGraph graph, DiagramLayout stored, Style style, Hierarchy hierarchy) {
		if (hierarchy == Hierarchy.ACROSS && !style.layered()) {
			throw new IllegalArgumentException(style + " cannot be laid out across the hierarchy: only layered can");
		}
		ElkResult computed = needsElk(graph, stored) ? elk(graph, style, hierarchy) : ElkResult.NONE;
		Map<String, Bounds> result = new LinkedHashMap<>();
		place(graph.getChildren(), stored, computed.positions(), result);
		Map<String, Point> at = new HashMap<>();
		absolute(graph, new Point(0, 0), result, at);
		Map<String, Route> routes = new LinkedHashMap<>();
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge) {
				route(edge, stored, computed, at).ifPresent(route -> {
					routes.put(edge.getId(), route);
					applyRoute(edge, route);
				});
			}
		}
		return new DiagramLayout(result, routes);
	}

	/**
	 * The route of {@code edge}: the stored one while both its ends are where they were; otherwise ELK's, if ELK
	 * just routed it and both ends are where ELK put them; otherwise none (the client draws it straight).
	 */
	private static Optional<Route> route(GEdge edge, DiagramLayout stored, ElkResult computed, Map<String, Point> at) {
		Point source = at.get(edge.getSourceId());
		Point target = at.get(edge.getTargetId());
		if (source == null || target == null) {
			return Optional.empty();
		}
		Optional<Route> kept = stored.route(edge.getId()).filter(r -> r.fits(source, target));
		if (kept.isPresent()) {
			return kept;
		}
		List<Point> points = computed.routes().get(edge.getId());
		if (points != null && source.equals(computed.absolute().get(edge.getSourceId()))
				&& target.equals(computed.absolute().get(edge.getTargetId()))) {
			return Optional.of(new Route(source, target, points));
		}
		return Optional.empty();
	}

	/** ELK's points become the edge's routing points: the client draws through them instead of straight. */
	private static void applyRoute(GEdge edge, Route route) {
		edge.getRoutingPoints().clear();
		for (Point point : route.points()) {
			edge.getRoutingPoints().add(GraphUtil.point(point.x(), point.y()));
		}
	}

	/** The position of every placed node in the diagram's coordinates (positions are relative to the parent). */
	private static void absolute(GModelElement parent, Point origin, Map<String, Bounds> placed,
			Map<String, Point> out) {
		for (GModelElement child : parent.getChildren()) {
			Bounds b = child instanceof GNode ? placed.get(child.getId()) : null;
			if (b != null) {
				Point at = new Point(origin.x() + b.x(), origin.y() + b.y());
				out.put(child.getId(), at);
				absolute(child, at, placed, out);
			}
		}
	}

	private static boolean needsElk(GModelElement parent, DiagramLayout stored) {
		for (GModelElement child : parent.getChildren()) {
			if (child instanceof GNode node && (stored.of(node.getId()).isEmpty() || needsElk(node, stored))) {
				return true;
			}
		}
		return false;
	}

	/** Places the nodes among {@code children}: children first, so a container knows how much room they need. */
	private static void place(List<GModelElement> children, DiagramLayout stored, Map<String, Bounds> computed,
			Map<String, Bounds> result) {
		List<Bounds> kept = new ArrayList<>();
		List<GNode> fresh = new ArrayList<>();
		for (GModelElement child : children) {
			if (child instanceof GNode node) {
				place(node.getChildren(), stored, computed, result);
				Bounds inner = fitChildren(node, result);
				var old = stored.of(node.getId());
				if (old.isPresent()) {
					Bounds b = old.get();
					Bounds grown = new Bounds(b.x(), b.y(), Math.max(b.width(), inner.width()),
							Math.max(b.height(), inner.height()));
					apply(node, grown, result);
					kept.add(grown);
				} else {
					node.setSize(GraphUtil.dimension(inner.width(), inner.height()));
					fresh.add(node);
				}
			}
		}
		for (GNode node : fresh) {
			Bounds elk = computed.getOrDefault(node.getId(), new Bounds(0, 0, 0, 0));
			Bounds wanted = new Bounds(elk.x(), elk.y(), node.getSize().getWidth(), node.getSize().getHeight());
			Bounds free = freeSpot(wanted, kept);
			apply(node, free, result);
			kept.add(free);
		}
	}

	/** The size {@code node} needs: its own, or enough to hold its placed children under its header. */
	private static Bounds fitChildren(GNode node, Map<String, Bounds> result) {
		GDimension own = node.getSize();
		double width = own == null ? 0 : own.getWidth();
		double height = own == null ? 0 : own.getHeight();
		for (GModelElement child : node.getChildren()) {
			Bounds b = child instanceof GNode ? result.get(child.getId()) : null;
			if (b != null) {
				width = Math.max(width, b.right() + CONTAINER_PADDING);
				height = Math.max(height, b.bottom() + CONTAINER_PADDING);
			}
		}
		return new Bounds(0, 0, width, height);
	}

	/** {@code wanted} if it overlaps nothing kept, otherwise the same x below everything kept. */
	private static Bounds freeSpot(Bounds wanted, List<Bounds> kept) {
		if (kept.stream().noneMatch(wanted::overlaps)) {
			return wanted;
		}
		double bottom = kept.stream().mapToDouble(Bounds::bottom).max().orElse(0);
		return new Bounds(wanted.x(), bottom + SPACING, wanted.width(), wanted.height());
	}

	private static void apply(GNode node, Bounds bounds, Map<String, Bounds> result) {
		node.setPosition(GraphUtil.point(bounds.x(), bounds.y()));
		node.setSize(GraphUtil.dimension(bounds.width(), bounds.height()));
		result.put(node.getId(), bounds);
	}

	/**
	 * What ELK computed: each node's position relative to its parent and in the diagram's coordinates, and the route
	 * of each edge ELK laid between its own two ends (in the diagram's coordinates).
	 */
	private record ElkResult(Map<String, Bounds> positions, Map<String, Point> absolute,
			Map<String, List<Point>> routes) {
		static final ElkResult NONE = new ElkResult(Map.of(), Map.of(), Map.of());
	}

	/**
	 * ELK's layout of {@code graph}. With {@link Hierarchy#SEPARATE} each container is laid out on its own (ELK's
	 * default): an edge between nodes of two containers is lifted to an edge between the containers, and gets no
	 * route of its own. Laying out across the hierarchy in one pass took ELK 52 s for 1,000 nodes.
	 */
	private static ElkResult elk(GGraph graph, Style style, Hierarchy hierarchy) {
		Map<String, ElkNode> nodes = new HashMap<>();
		Map<String, ElkEdge> routed = new LinkedHashMap<>();
		ElkNode root = elkGraph(graph, style, hierarchy, nodes, routed);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, Bounds> positions = new HashMap<>();
		Map<String, Point> absolute = new HashMap<>();
		nodes.forEach((id, n) -> {
			positions.put(id, new Bounds(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
			absolute.put(id, absolute(n));
		});
		Map<String, List<Point>> routes = new HashMap<>();
		routed.forEach((id, elkEdge) -> points(elkEdge).ifPresent(points -> routes.put(id, points)));
		return new ElkResult(positions, absolute, routes);
	}

	/**
	 * ELK's graph of {@code graph}, as {@link #arrange} hands it to ELK's {@code RecursiveGraphLayoutEngine} (not yet
	 * laid out): each node's ELK node under its id in {@code nodes}, and the ELK edge of each diagram edge that joins
	 * its own two ends under the edge's id in {@code routed}. Public so that tests can see which algorithm every level
	 * gets.
	 */
	public static ElkNode elkGraph(GGraph graph, Style style, Hierarchy hierarchy, Map<String, ElkNode> nodes,
			Map<String, ElkEdge> routed) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, style, SPACING);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(SPACING / 2));
		if (hierarchy == Hierarchy.ACROSS) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		}
		addNodes(root, graph.getChildren(), nodes, style);
		Map<List<ElkNode>, ElkEdge> connected = new HashMap<>();
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge) {
				connect(edge, nodes, hierarchy, connected).ifPresent(elkEdge -> routed.put(edge.getId(), elkEdge));
			}
		}
		return root;
	}

	/** Where ELK put {@code node}, in the coordinates of the laid out graph. */
	private static Point absolute(ElkNode node) {
		double x = 0;
		double y = 0;
		for (ElkNode n = node; n.getParent() != null; n = n.getParent()) {
			x += n.getX();
			y += n.getY();
		}
		return new Point(x, y);
	}

	/** The edge's start, bend and end points in the graph's coordinates (ELK's are its containing node's). */
	private static Optional<List<Point>> points(ElkEdge edge) {
		if (edge.getSections().size() != 1) {
			return Optional.empty();
		}
		ElkEdgeSection section = edge.getSections().get(0);
		Point origin = absolute(edge.getContainingNode());
		List<Point> points = new ArrayList<>();
		points.add(new Point(origin.x() + section.getStartX(), origin.y() + section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(new Point(origin.x() + bend.getX(), origin.y() + bend.getY()));
		}
		points.add(new Point(origin.x() + section.getEndX(), origin.y() + section.getEndY()));
		return Optional.of(points);
	}

	private static void configure(ElkNode parent, Style style, double spacing) {
		parent.setProperty(CoreOptions.ALGORITHM, style.algorithm());
		parent.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);
		if (style.layered()) {
			parent.setProperty(CoreOptions.DIRECTION, style.direction);
			parent.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing * 1.5);
		} else {
			// links as long as the spacing between layers was: the stress layout lengthens them where boxes need it
			parent.setProperty(StressOptions.DESIRED_EDGE_LENGTH, spacing * 1.5);
			parent.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, spacing);
		}
	}

	/**
	 * Adds {@code edge} to ELK's graph: between its own ends across the hierarchy, or (separate containers) between
	 * their ancestors that share a parent, each such pair once. Returns the ELK edge when it joins the edge's own
	 * ends, so that its route can be copied.
	 */
	private static Optional<ElkEdge> connect(GEdge edge, Map<String, ElkNode> nodes, Hierarchy hierarchy,
			Map<List<ElkNode>, ElkEdge> connected) {
		ElkNode source = nodes.get(edge.getSourceId());
		ElkNode target = nodes.get(edge.getTargetId());
		if (source == null || target == null || source == target) {
			return Optional.empty();
		}
		if (hierarchy == Hierarchy.ACROSS) {
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
			ElkGraphUtil.updateContainment(elkEdge);
			return Optional.of(elkEdge);
		}
		ElkNode liftedSource = source;
		ElkNode liftedTarget = target;
		while (depth(liftedSource) > depth(liftedTarget)) {
			liftedSource = liftedSource.getParent();
		}
		while (depth(liftedTarget) > depth(liftedSource)) {
			liftedTarget = liftedTarget.getParent();
		}
		while (liftedSource.getParent() != liftedTarget.getParent()) {
			liftedSource = liftedSource.getParent();
			liftedTarget = liftedTarget.getParent();
		}
		if (liftedSource == liftedTarget) {
			return Optional.empty();
		}
		ElkNode from = liftedSource;
		ElkNode to = liftedTarget;
		ElkEdge elkEdge = connected.computeIfAbsent(List.of(from, to), pair -> ElkGraphUtil.createSimpleEdge(from, to));
		return from == source && to == target ? Optional.of(elkEdge) : Optional.empty();
	}

	private static int depth(ElkNode node) {
		int depth = 0;
		for (ElkNode n = node; n.getParent() != null; n = n.getParent()) {
			depth++;
		}
		return depth;
	}

	private static void addNodes(ElkNode parent, List<GModelElement> children, Map<String, ElkNode> nodes,
			Style style) {
		for (GModelElement child : children) {
			if (child instanceof GNode node) {
				ElkNode elk = ElkGraphUtil.createNode(parent);
				GDimension size = node.getSize();
				elk.setDimensions(size == null ? 0 : size.getWidth(), size == null ? 0 : size.getHeight());
				nodes.put(node.getId(), elk);
				if (node.getChildren().stream().anyMatch(GNode.class::isInstance)) {
					elk.setProperty(CoreOptions.PADDING,
							new ElkPadding(HEADER + CONTAINER_PADDING, CONTAINER_PADDING, CONTAINER_PADDING,
									CONTAINER_PADDING));
					configure(elk, style, SPACING / 2);
					addNodes(elk, node.getChildren(), nodes, style);
				}
			}
		}
	}
}

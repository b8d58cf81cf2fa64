// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Places the nodes of a diagram: ELK's layered algorithm (in Java, no browser) for what has no stored position,
 * stored positions for the rest, so that an edit of the text moves nothing the user has seen. Containers (the
 * infrastructure's providers) grow to hold their nodes.
 *
 * <p>Both diagrams use ELK layered: applications left to right along their flows; infrastructures top down, each
 * provider laid out on its own and the providers by the links between them, because ELK's force and stress
 * algorithms are not published on Maven Central for 0.12.1.
 */
public final class AutoLayout {

	/** How the diagram's flow reads. */
	public enum Style {
		/** Along the flows, left to right. */
		APPLICATION(Direction.RIGHT),
		/** Providers side by side, links crossing containers. */
		INFRASTRUCTURE(Direction.DOWN);

		private final Direction direction;

		Style(Direction direction) {
			this.direction = direction;
		}
	}

	static final double SPACING = 40;
	static final double CONTAINER_PADDING = 12;
	static final double HEADER = 30;

	static {
		// In OSGi, ELK's ServiceLoader lookup of algorithms sees no other bundle: register explicitly.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private AutoLayout() {
	}

	/**
	 * Sets the position of every node in {@code graph} and returns the layout that records them all (stored ones
	 * as they were, new ones where they were placed), to be kept for the next edit.
	 */
	public static DiagramLayout arrange(GGraph graph, DiagramLayout stored, Style style) {
		Map<String, Bounds> computed = needsElk(graph, stored) ? elk(graph, style) : Map.of();
		Map<String, Bounds> result = new LinkedHashMap<>();
		place(graph.getChildren(), stored, computed, result);
		return new DiagramLayout(result);
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
	 * ELK's positions for every node of {@code graph}, relative to each node's parent. Each container is laid out
	 * on its own (ELK's default, separate children): an edge between nodes of two containers is lifted to an edge
	 * between the containers. Laying out across the hierarchy in one pass took ELK 52 s for 1,000 nodes.
	 */
	private static Map<String, Bounds> elk(GGraph graph, Style style) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, style, SPACING);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(SPACING / 2));
		Map<String, ElkNode> nodes = new HashMap<>();
		addNodes(root, graph.getChildren(), nodes, style);
		Set<List<ElkNode>> connected = new HashSet<>();
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge) {
				connect(nodes.get(edge.getSourceId()), nodes.get(edge.getTargetId()), connected);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, Bounds> positions = new HashMap<>();
		nodes.forEach((id, n) -> positions.put(id, new Bounds(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
		return positions;
	}

	private static void configure(ElkNode parent, Style style, double spacing) {
		parent.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		parent.setProperty(CoreOptions.DIRECTION, style.direction);
		parent.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);
		parent.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing * 1.5);
	}

	/** An edge between the two nodes, or between their ancestors that share a parent; each pair once. */
	private static void connect(ElkNode source, ElkNode target, Set<List<ElkNode>> connected) {
		if (source == null || target == null) {
			return;
		}
		while (depth(source) > depth(target)) {
			source = source.getParent();
		}
		while (depth(target) > depth(source)) {
			target = target.getParent();
		}
		while (source.getParent() != target.getParent()) {
			source = source.getParent();
			target = target.getParent();
		}
		if (source != target && connected.add(List.of(source, target))) {
			ElkGraphUtil.createSimpleEdge(source, target);
		}
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

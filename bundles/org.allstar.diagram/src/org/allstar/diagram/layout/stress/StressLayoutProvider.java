// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.core.AbstractLayoutProvider;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.core.util.IElkProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's entry to our stress layout ({@link StressOptions#ALGORITHM_ID}) of the children of one node: each connected
 * component drawn by {@link StressMajorization} over {@link DesiredDistances}, its boxes then kept apart, the
 * components packed in rows ({@link ComponentRows}), everything moved inside the node's padding and the node sized
 * to hold it (ELK's convention, so that the node's own parent sees its size when it is laid out in turn). Each edge
 * between two children gets one straight section from the border of one box to the border of the other.
 *
 * <p>Like ELK's other algorithms it runs under {@code RecursiveGraphLayoutEngine}, which lays out the children of a
 * compound node before the node's siblings. It does not lay out across the hierarchy: an edge that leaves the node is
 * not its business.
 */
public final class StressLayoutProvider extends AbstractLayoutProvider {

	@Override
	public void layout(ElkNode parent, IElkProgressMonitor monitor) {
		monitor.begin("ALLSTAR stress layout", 1);
		List<ElkNode> nodes = List.copyOf(parent.getChildren());
		if (!nodes.isEmpty()) {
			Map<ElkNode, Integer> index = new HashMap<>();
			for (int i = 0; i < nodes.size(); i++) {
				index.put(nodes.get(i), i);
			}
			List<ElkEdge> edges = edgesBetweenChildren(parent, index);
			int[][] neighbours = neighbours(nodes.size(), edges, index);
			List<Boxes> components = new ArrayList<>();
			List<int[]> members = components(neighbours);
			for (int[] component : members) {
				components.add(layoutComponent(parent, component, nodes, neighbours));
			}
			ComponentRows.pack(components, parent.getProperty(StressOptions.SPACING_COMPONENT_COMPONENT),
					parent.getProperty(StressOptions.ASPECT_RATIO));
			place(parent, nodes, components, members);
			edges.forEach(StressLayoutProvider::route);
		}
		monitor.done();
	}

	/** The simple edges the node holds that join two different children of it, in the node's order. */
	private static List<ElkEdge> edgesBetweenChildren(ElkNode parent, Map<ElkNode, Integer> index) {
		List<ElkEdge> edges = new ArrayList<>();
		for (ElkEdge edge : parent.getContainedEdges()) {
			if (edge.getSources().size() == 1 && edge.getTargets().size() == 1) {
				ElkNode source = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0));
				ElkNode target = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0));
				if (source != target && index.containsKey(source) && index.containsKey(target)) {
					edges.add(edge);
				}
			}
		}
		return edges;
	}

	/** Adjacency lists, undirected, each neighbour once, in increasing order (so the result never depends on hashing). */
	private static int[][] neighbours(int n, List<ElkEdge> edges, Map<ElkNode, Integer> index) {
		List<Set<Integer>> sets = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			sets.add(new LinkedHashSet<>());
		}
		for (ElkEdge edge : edges) {
			int u = index.get(ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)));
			int v = index.get(ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)));
			sets.get(u).add(v);
			sets.get(v).add(u);
		}
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			neighbours[i] = sets.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		return neighbours;
	}

	/** The connected components, each an increasing array of node indices, in the order of their first node. */
	private static List<int[]> components(int[][] neighbours) {
		boolean[] seen = new boolean[neighbours.length];
		List<int[]> components = new ArrayList<>();
		for (int start = 0; start < neighbours.length; start++) {
			if (!seen[start]) {
				List<Integer> found = new ArrayList<>();
				ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
				seen[start] = true;
				while (!queue.isEmpty()) {
					int u = queue.poll();
					found.add(u);
					for (int v : neighbours[u]) {
						if (!seen[v]) {
							seen[v] = true;
							queue.add(v);
						}
					}
				}
				components.add(found.stream().mapToInt(Integer::intValue).sorted().toArray());
			}
		}
		return components;
	}

	/** The boxes of one component, centres drawn by stress majorization and then kept apart. */
	private static Boxes layoutComponent(ElkNode parent, int[] component, List<ElkNode> nodes, int[][] neighbours) {
		int n = component.length;
		double[] width = new double[n];
		double[] height = new double[n];
		double[] halfDiagonals = new double[n];
		int[] local = new int[nodes.size()];
		for (int i = 0; i < n; i++) {
			ElkNode node = nodes.get(component[i]);
			width[i] = node.getWidth();
			height[i] = node.getHeight();
			halfDiagonals[i] = Math.hypot(width[i], height[i]) / 2;
			local[component[i]] = i;
		}
		double spacing = parent.getProperty(StressOptions.SPACING_NODE_NODE);
		if (n == 1) {
			return new Boxes(new double[1], new double[1], width, height);
		}
		int[][] localNeighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			localNeighbours[i] = Arrays.stream(neighbours[component[i]]).map(v -> local[v]).toArray();
		}
		double[][] distances = DesiredDistances.of(localNeighbours, halfDiagonals,
				parent.getProperty(StressOptions.DESIRED_EDGE_LENGTH), spacing);
		StressMajorization.Result drawn = StressMajorization.layout(distances,
				parent.getProperty(StressOptions.ITERATION_LIMIT), parent.getProperty(StressOptions.EPSILON));
		Boxes boxes = new Boxes(drawn.x(), drawn.y(), width, height);
		boxes.separate(spacing);
		return boxes;
	}

	/** Sets the children's positions inside the padding and the parent's size around them. */
	private static void place(ElkNode parent, List<ElkNode> nodes, List<Boxes> components, List<int[]> members) {
		ElkPadding padding = parent.getProperty(StressOptions.PADDING);
		double right = 0;
		double bottom = 0;
		for (int c = 0; c < components.size(); c++) {
			Boxes boxes = components.get(c);
			boxes.translate(padding.getLeft(), padding.getTop());
			for (int i = 0; i < boxes.size(); i++) {
				ElkNode node = nodes.get(members.get(c)[i]);
				node.setLocation(boxes.x[i] - boxes.width[i] / 2, boxes.y[i] - boxes.height[i] / 2);
			}
			right = Math.max(right, boxes.right());
			bottom = Math.max(bottom, boxes.bottom());
		}
		ElkUtil.resizeNode(parent, right + padding.getRight(), bottom + padding.getBottom(), false, true);
	}

	/** One straight section between the borders of the edge's two boxes, in the parent's coordinates. */
	private static void route(ElkEdge edge) {
		ElkNode source = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0));
		ElkNode target = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0));
		double[] from = border(source, centreX(target), centreY(target));
		double[] to = border(target, centreX(source), centreY(source));
		ElkEdgeSection section = ElkGraphUtil.firstEdgeSection(edge, true, true);
		section.setStartLocation(from[0], from[1]);
		section.setEndLocation(to[0], to[1]);
	}

	private static double centreX(ElkNode node) {
		return node.getX() + node.getWidth() / 2;
	}

	private static double centreY(ElkNode node) {
		return node.getY() + node.getHeight() / 2;
	}

	/** Where the line from the centre of {@code node} towards the point leaves the node's box. */
	private static double[] border(ElkNode node, double towardX, double towardY) {
		double cx = centreX(node);
		double cy = centreY(node);
		double dx = towardX - cx;
		double dy = towardY - cy;
		double scaleX = dx == 0 ? Double.POSITIVE_INFINITY : node.getWidth() / 2 / Math.abs(dx);
		double scaleY = dy == 0 ? Double.POSITIVE_INFINITY : node.getHeight() / 2 / Math.abs(dy);
		double t = Math.min(scaleX, scaleY);
		if (Double.isInfinite(t)) {
			return new double[] { cx, cy };
		}
		return new double[] { cx + t * dx, cy + t * dy };
	}
}

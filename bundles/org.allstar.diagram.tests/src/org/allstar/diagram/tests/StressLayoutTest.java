// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.diagram.bench.DiagramBenchmarkModel;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.diagram.layout.Point;
import org.allstar.diagram.layout.Route;
import org.allstar.diagram.layout.stress.StressMajorization;
import org.allstar.diagram.layout.stress.StressMetaDataProvider;
import org.allstar.diagram.layout.stress.StressOptions;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our stress layout as ELK runs it ({@code RecursiveGraphLayoutEngine} on a graph whose algorithm is
 * {@link StressOptions#ALGORITHM_ID}), and as the infrastructure diagram uses it.
 */
class StressLayoutTest {

	@BeforeAll
	static void registerTheAlgorithm() {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new StressMetaDataProvider());
	}

	/** A graph to be laid out by the stress algorithm, its nodes and edges built by the test. */
	private static final class Graph {
		final ElkNode root = ElkGraphUtil.createGraph();
		final List<ElkNode> nodes = new ArrayList<>();
		final List<ElkEdge> edges = new ArrayList<>();

		Graph() {
			root.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
		}

		Graph nodes(int count, double width, double height) {
			for (int i = 0; i < count; i++) {
				node(root, width, height);
			}
			return this;
		}

		ElkNode node(ElkNode parent, double width, double height) {
			ElkNode node = ElkGraphUtil.createNode(parent);
			node.setDimensions(width, height);
			nodes.add(node);
			return node;
		}

		Graph edge(int a, int b) {
			return edge(nodes.get(a), nodes.get(b));
		}

		Graph edge(ElkNode a, ElkNode b) {
			edges.add(ElkGraphUtil.createSimpleEdge(a, b));
			return this;
		}

		Graph layout() {
			new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
			return this;
		}

		double distance(int a, int b) {
			return Math.hypot(centreX(nodes.get(a)) - centreX(nodes.get(b)),
					centreY(nodes.get(a)) - centreY(nodes.get(b)));
		}
	}

	private static double centreX(ElkNode node) {
		return node.getX() + node.getWidth() / 2;
	}

	private static double centreY(ElkNode node) {
		return node.getY() + node.getHeight() / 2;
	}

	private static Bounds bounds(ElkNode node) {
		return new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight());
	}

	private static Graph path(int n) {
		Graph graph = new Graph().nodes(n, 60, 40);
		for (int i = 0; i + 1 < n; i++) {
			graph.edge(i, i + 1);
		}
		return graph;
	}

	private static Graph grid(int side) {
		Graph graph = new Graph().nodes(side * side, 60, 40);
		for (int r = 0; r < side; r++) {
			for (int c = 0; c < side; c++) {
				if (c + 1 < side) {
					graph.edge(r * side + c, r * side + c + 1);
				}
				if (r + 1 < side) {
					graph.edge(r * side + c, (r + 1) * side + c);
				}
			}
		}
		return graph;
	}

	@Test
	void aPathIsDrawnNearlyStraight() {
		Graph graph = path(10).layout();
		double edges = 0;
		for (int i = 0; i + 1 < 10; i++) {
			edges += graph.distance(i, i + 1);
		}
		assertTrue(graph.distance(0, 9) > 0.8 * edges, graph.distance(0, 9) + " end to end, edges " + edges);
	}

	@Test
	void inAGridNeighboursAreCloserThanOthers() {
		int side = 6;
		Graph graph = grid(side).layout();
		double neighbours = 0;
		int neighbourPairs = 0;
		double others = 0;
		int otherPairs = 0;
		for (int a = 0; a < side * side; a++) {
			for (int b = a + 1; b < side * side; b++) {
				int hops = Math.abs(a / side - b / side) + Math.abs(a % side - b % side);
				if (hops == 1) {
					neighbours += graph.distance(a, b);
					neighbourPairs++;
				} else {
					others += graph.distance(a, b);
					otherPairs++;
				}
			}
		}
		assertTrue(neighbours / neighbourPairs < 0.5 * (others / otherPairs),
				neighbours / neighbourPairs + " against " + others / otherPairs);
		// and a grid's corners end up its farthest pair
		assertTrue(graph.distance(0, side * side - 1) > 0.9 * maxDistance(graph));
	}

	private static double maxDistance(Graph graph) {
		double max = 0;
		for (int a = 0; a < graph.nodes.size(); a++) {
			for (int b = a + 1; b < graph.nodes.size(); b++) {
				max = Math.max(max, graph.distance(a, b));
			}
		}
		return max;
	}

	@Test
	void aRingIsDrawnAsACircle() {
		int n = 12;
		Graph graph = new Graph().nodes(n, 60, 40);
		for (int i = 0; i < n; i++) {
			graph.edge(i, (i + 1) % n);
		}
		graph.layout();
		double cx = graph.nodes.stream().mapToDouble(StressLayoutTest::centreX).average().orElseThrow();
		double cy = graph.nodes.stream().mapToDouble(StressLayoutTest::centreY).average().orElseThrow();
		double min = Double.MAX_VALUE;
		double max = 0;
		for (ElkNode node : graph.nodes) {
			double radius = Math.hypot(centreX(node) - cx, centreY(node) - cy);
			min = Math.min(min, radius);
			max = Math.max(max, radius);
		}
		assertTrue(min > 0.85 * max, "radii from " + min + " to " + max);
		// opposite nodes (6 hops) are farther apart than neighbours
		assertTrue(graph.distance(0, 6) > 3 * graph.distance(0, 1));
	}

	/** hops × 100 between the nodes of a {@code side} × {@code side} grid. */
	private static double[][] gridHops(int side) {
		int n = side * side;
		double[][] d = new double[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				d[a][b] = 100.0 * (Math.abs(a / side - b / side) + Math.abs(a % side - b % side));
			}
		}
		return d;
	}

	@Test
	void majorizationLowersTheStressOfItsStart() {
		StressMajorization.Result result = StressMajorization.layout(gridHops(5), 300, 1e-6);
		assertTrue(result.finalStress() < 0.9 * result.startStress(),
				result.startStress() + " at the start, " + result.finalStress() + " at the end");
		assertTrue(result.sweeps() > 1 && result.sweeps() <= 300, result.sweeps() + " sweeps");
		// fewer sweeps leave it higher: the sweeps themselves lower it
		StressMajorization.Result one = StressMajorization.layout(gridHops(5), 1, 1e-6);
		assertTrue(one.finalStress() < one.startStress());
		assertTrue(result.finalStress() < one.finalStress());
	}

	@Test
	void theSameGraphTwiceGivesTheSamePositions() {
		Graph first = mixed().layout();
		Graph second = mixed().layout();
		for (int i = 0; i < first.nodes.size(); i++) {
			assertEquals(bounds(first.nodes.get(i)), bounds(second.nodes.get(i)), "node " + i);
		}
	}

	/** 40 nodes of many sizes: a ring with chords and a hub, so that boxes crowd. */
	private static Graph mixed() {
		Graph graph = new Graph();
		for (int i = 0; i < 40; i++) {
			graph.node(graph.root, 20 + (i * 37) % 180, 20 + (i * 53) % 100);
		}
		for (int i = 0; i < 40; i++) {
			graph.edge(i, (i + 1) % 40);
			if (i % 3 == 0) {
				graph.edge(i, (i * 7 + 5) % 40);
			}
			if (i > 0 && i % 4 == 0) {
				graph.edge(0, i);
			}
		}
		return graph;
	}

	/** No two of the parent's children overlap, and each lies inside the parent, at every level. */
	private static void assertNoOverlap(ElkNode parent) {
		List<ElkNode> children = parent.getChildren();
		for (int i = 0; i < children.size(); i++) {
			Bounds a = bounds(children.get(i));
			assertTrue(a.x() >= 0 && a.y() >= 0 && a.right() <= parent.getWidth() && a.bottom() <= parent.getHeight(),
					"child " + i + " " + a + " sticks out of " + parent.getWidth() + " × " + parent.getHeight());
			for (int j = i + 1; j < children.size(); j++) {
				assertFalse(a.overlaps(bounds(children.get(j))), "children " + i + " and " + j + " overlap");
			}
			assertNoOverlap(children.get(i));
		}
	}

	@Test
	void boxesOfManySizesDoNotOverlap() {
		Graph graph = mixed().layout();
		assertNoOverlap(graph.root);
	}

	@Test
	void aStarOfBigBoxesDoesNotOverlap() {
		Graph graph = new Graph();
		ElkNode hub = graph.node(graph.root, 40, 40);
		for (int i = 0; i < 30; i++) {
			graph.edge(hub, graph.node(graph.root, 200, 30 + i % 5 * 30));
		}
		graph.layout();
		assertNoOverlap(graph.root);
	}

	@Test
	void containersAndTheirNodesDoNotOverlap() {
		Graph graph = new Graph();
		List<ElkNode> containers = new ArrayList<>();
		for (int c = 0; c < 4; c++) {
			ElkNode container = graph.node(graph.root, 0, 0);
			container.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
			List<ElkNode> inside = new ArrayList<>();
			for (int i = 0; i < 6 + 3 * c; i++) {
				inside.add(graph.node(container, 50 + 10 * i, 30 + 5 * c));
				if (i > 0) {
					graph.edge(inside.get(i - 1), inside.get(i));
				}
			}
			containers.add(container);
		}
		for (int c = 0; c < 4; c++) {
			graph.edge(containers.get(c), containers.get((c + 1) % 4));
		}
		graph.layout();
		for (ElkNode container : containers) {
			assertTrue(container.getWidth() > 50 && container.getHeight() > 30, "sized to hold its nodes");
		}
		assertNoOverlap(graph.root);
	}

	@Test
	void disconnectedPartsAreAllPlacedApart() {
		// a path of 4, a triangle, two single nodes
		Graph graph = new Graph().nodes(9, 70, 40).edge(0, 1).edge(1, 2).edge(2, 3).edge(4, 5).edge(5, 6).edge(6, 4);
		graph.layout();
		assertNoOverlap(graph.root);
		// each part drawn as a whole: the path is still straight, the triangle's sides equal
		assertTrue(graph.distance(0, 3) > 0.8 * (graph.distance(0, 1) + graph.distance(1, 2) + graph.distance(2, 3)));
		double side = graph.distance(4, 5);
		assertEquals(side, graph.distance(5, 6), 0.1 * side);
		assertEquals(side, graph.distance(6, 4), 0.1 * side);
		assertTrue(graph.root.getWidth() > 0 && graph.root.getHeight() > 0);
	}

	/** Whether {@code (x, y)} lies on the border of {@code b}. */
	private static boolean onBorder(double x, double y, Bounds b) {
		double e = 0.5;
		boolean inside = x >= b.x() - e && x <= b.right() + e && y >= b.y() - e && y <= b.bottom() + e;
		boolean border = Math.abs(x - b.x()) < e || Math.abs(x - b.right()) < e || Math.abs(y - b.y()) < e
				|| Math.abs(y - b.bottom()) < e;
		return inside && border;
	}

	@Test
	void eachEdgeRunsStraightFromBorderToBorder() {
		Graph graph = mixed().layout();
		for (ElkEdge edge : graph.edges) {
			assertEquals(1, edge.getSections().size());
			ElkEdgeSection section = edge.getSections().get(0);
			assertTrue(section.getBendPoints().isEmpty());
			ElkNode source = ElkGraphUtil.getSourceNode(edge);
			ElkNode target = ElkGraphUtil.getTargetNode(edge);
			assertTrue(onBorder(section.getStartX(), section.getStartY(), bounds(source)), "start of " + edge);
			assertTrue(onBorder(section.getEndX(), section.getEndY(), bounds(target)), "end of " + edge);
			// along the line between the centres, the same way: the sine of the angle between the two is 0
			double cx = centreX(target) - centreX(source);
			double cy = centreY(target) - centreY(source);
			double sx = section.getEndX() - section.getStartX();
			double sy = section.getEndY() - section.getStartY();
			assertEquals(0, (cx * sy - cy * sx) / (Math.hypot(cx, cy) * Math.hypot(sx, sy)), 1e-9);
			assertTrue(cx * sx + cy * sy > 0, "from source to target");
		}
	}

	private static GGraph mogInfrastructure() {
		return InfrastructureGraph.of(Examples.load("mog-live", "providers.allstar").models(), Optional.empty());
	}

	@Test
	void theMogInfrastructureIsLaidOutByTheStressAlgorithmAtEveryLevel() {
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		ElkNode root = AutoLayout.elkGraph(mogInfrastructure(), AutoLayout.Style.INFRASTRUCTURE,
				AutoLayout.Hierarchy.SEPARATE, nodes, new HashMap<>());
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		List<ElkNode> containers = new ArrayList<>(List.of(root));
		nodes.values().stream().filter(n -> !n.getChildren().isEmpty()).forEach(containers::add);
		assertEquals(1 + 3, containers.size(), "the graph and its three providers");
		for (ElkNode container : containers) {
			assertEquals(StressOptions.ALGORITHM_ID, container.getProperty(CoreOptions.RESOLVED_ALGORITHM).getId());
		}
		// the same graph is what arrange lays out: the diagram gets ELK's positions
		GGraph graph = mogInfrastructure();
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.INFRASTRUCTURE);
		nodes.forEach((id, elk) -> assertEquals(new Point(elk.getX(), elk.getY()),
				new Point(layout.of(id).orElseThrow().x(), layout.of(id).orElseThrow().y()), id));
		// and every provider holds its nodes
		for (GModelElement provider : graph.getChildren()) {
			if (provider instanceof GNode container) {
				Bounds outer = layout.of(container.getId()).orElseThrow();
				for (GModelElement child : container.getChildren()) {
					if (child instanceof GNode) {
						Bounds b = layout.of(child.getId()).orElseThrow();
						assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= outer.width()
								&& b.bottom() <= outer.height(), child.getId() + " sticks out of " + container.getId());
					}
				}
			}
		}
		// the layered style is still there, as the benchmark's baseline
		ElkNode layered = AutoLayout.elkGraph(mogInfrastructure(), AutoLayout.Style.INFRASTRUCTURE_LAYERED,
				AutoLayout.Hierarchy.SEPARATE, new HashMap<>(), new HashMap<>());
		new RecursiveGraphLayoutEngine().layout(layered, new BasicProgressMonitor());
		assertEquals(LayeredOptions.ALGORITHM_ID, layered.getProperty(CoreOptions.RESOLVED_ALGORITHM).getId());
	}

	@Test
	void linksInsideAProviderAreRoutedFromBorderToBorder(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("small.allstar"), DiagramBenchmarkModel.infrastructure(3, 6));
		GGraph graph = InfrastructureGraph.of(Examples.INJECTOR.getInstance(ModelLoader.class)
				.load(List.of(file), CancelIndicator.NullImpl).models(), Optional.empty());
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.INFRASTRUCTURE);
		Map<String, Bounds> absolute = absolute(graph, layout);
		int inside = 0;
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge && parentOf(edge.getSourceId()).equals(parentOf(edge.getTargetId()))) {
				inside++;
				Route route = layout.route(edge.getId()).orElseThrow(() -> new AssertionError(edge.getId()));
				List<Point> points = route.points();
				assertEquals(2, points.size(), "straight: " + points);
				assertTrue(onBorder(points.get(0).x(), points.get(0).y(), absolute.get(edge.getSourceId())));
				assertTrue(onBorder(points.get(1).x(), points.get(1).y(), absolute.get(edge.getTargetId())));
			}
		}
		assertEquals(3 * 6, inside, "the ring in each provider");
	}

	/** "P0.n3" is in "P0". */
	private static String parentOf(String nodeId) {
		return nodeId.substring(0, nodeId.indexOf('.'));
	}

	/** The bounds of every node in the diagram's coordinates (the layout's are relative to the parent). */
	private static Map<String, Bounds> absolute(GGraph graph, DiagramLayout layout) {
		Map<String, Bounds> out = new HashMap<>();
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GNode provider) {
				Bounds p = layout.of(provider.getId()).orElseThrow();
				out.put(provider.getId(), p);
				for (GModelElement inner : provider.getChildren()) {
					if (inner instanceof GNode node) {
						Bounds b = layout.of(node.getId()).orElseThrow();
						out.put(node.getId(), new Bounds(p.x() + b.x(), p.y() + b.y(), b.width(), b.height()));
					}
				}
			}
		}
		return out;
	}

	@Test
	void acrossTheHierarchyIsRefusedForTheStressLayout() {
		GGraph graph = mogInfrastructure();
		assertThrows(IllegalArgumentException.class, () -> AutoLayout.arrange(graph,
				DiagramLayout.EMPTY, AutoLayout.Style.INFRASTRUCTURE, AutoLayout.Hierarchy.ACROSS));
	}
}

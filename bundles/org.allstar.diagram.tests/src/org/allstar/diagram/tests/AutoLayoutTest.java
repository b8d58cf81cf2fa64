// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.bench.DiagramBenchmarkModel;
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.diagram.layout.Point;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoLayoutTest {

	private static GGraph mogApplication() {
		LoadedModels loaded = Examples.load("mog-live", "livestory.allstar");
		return ApplicationGraph.of(loaded.models().stream().flatMap(m -> m.getElements().stream())
				.filter(Application.class::isInstance).map(Application.class::cast).findFirst().orElseThrow());
	}

	private static GGraph mogInfrastructure() {
		return InfrastructureGraph.of(Examples.load("mog-live", "providers.allstar").models(), Optional.empty());
	}

	private static List<GNode> nodesIn(GModelElement parent) {
		return parent.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList();
	}

	private static Bounds bounds(GNode node) {
		return new Bounds(node.getPosition().getX(), node.getPosition().getY(), node.getSize().getWidth(),
				node.getSize().getHeight());
	}

	/** No two siblings overlap, and every child lies inside its container, at every level. */
	private static void assertTidy(GModelElement parent) {
		List<GNode> nodes = nodesIn(parent);
		for (int i = 0; i < nodes.size(); i++) {
			Bounds a = bounds(nodes.get(i));
			assertTrue(a.width() > 0 && a.height() > 0, nodes.get(i).getId() + " has no size");
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(a.overlaps(bounds(nodes.get(j))), nodes.get(i).getId() + " overlaps " + nodes.get(j).getId());
			}
			if (parent instanceof GNode container) {
				Bounds outer = bounds(container);
				assertTrue(a.x() >= 0 && a.y() >= 0 && a.right() <= outer.width() && a.bottom() <= outer.height(),
						nodes.get(i).getId() + " sticks out of " + container.getId());
			}
			assertTidy(nodes.get(i));
		}
	}

	@Test
	void applicationLayoutPlacesEveryComponentWithoutOverlap() {
		GGraph graph = mogApplication();
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.APPLICATION);
		assertEquals(4, layout.positions().size());
		assertTidy(graph);
		// along the flows, left to right: capture before precheck before transcoder
		double capture = layout.of("capture").orElseThrow().x();
		double precheck = layout.of("precheck").orElseThrow().x();
		assertTrue(capture < precheck && precheck < layout.of("transcoder").orElseThrow().x());
	}

	@Test
	void infrastructureLayoutKeepsNodesInsideTheirProviders() {
		GGraph graph = mogInfrastructure();
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.INFRASTRUCTURE);
		assertEquals(3 + 8, layout.positions().size());
		assertTidy(graph);
	}

	/** The edge's routing points, as the client gets them. */
	private static List<Point> routingPoints(GModelElement root, String edgeId) {
		return ((GEdge) GraphAssertions.find(root, edgeId)).getRoutingPoints().stream()
				.map(p -> new Point(p.getX(), p.getY())).toList();
	}

	/** Whether {@code p} lies on the border of {@code b} (ELK starts and ends routes there). */
	private static boolean onBorder(Point p, Bounds b) {
		double e = 0.5;
		boolean inside = p.x() >= b.x() - e && p.x() <= b.right() + e && p.y() >= b.y() - e && p.y() <= b.bottom() + e;
		boolean edge = Math.abs(p.x() - b.x()) < e || Math.abs(p.x() - b.right()) < e || Math.abs(p.y() - b.y()) < e
				|| Math.abs(p.y() - b.bottom()) < e;
		return inside && edge;
	}

	@Test
	void flowsFollowElksRoutesFromBorderToBorder() {
		GGraph graph = mogApplication();
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.APPLICATION);
		for (String flow : List.of("flow:capture->precheck", "flow:precheck->transcoder", "flow:precheck->storyNlp")) {
			List<Point> points = routingPoints(graph, flow);
			assertEquals(layout.route(flow).orElseThrow().points(), points, flow);
			assertTrue(points.size() >= 2, flow + " has start and end: " + points);
			GEdge edge = (GEdge) GraphAssertions.find(graph, flow);
			assertTrue(onBorder(points.get(0), layout.of(edge.getSourceId()).orElseThrow()), flow + " " + points);
			assertTrue(onBorder(points.get(points.size() - 1), layout.of(edge.getTargetId()).orElseThrow()),
					flow + " " + points);
		}
		// precheck fans out to two components in the next layer: at least one of the two routes bends
		assertTrue(routingPoints(graph, "flow:precheck->transcoder").size() > 2
				|| routingPoints(graph, "flow:precheck->storyNlp").size() > 2);
	}

	@Test
	void aRouteIsKeptWhileItsEndsStayAndDroppedWhenOneMoves() {
		DiagramLayout first = AutoLayout.arrange(mogApplication(), DiagramLayout.EMPTY, AutoLayout.Style.APPLICATION);
		GGraph same = mogApplication();
		assertEquals(first, AutoLayout.arrange(same, first, AutoLayout.Style.APPLICATION), "nothing new: all kept");
		assertEquals(first.route("flow:precheck->storyNlp").orElseThrow().points(),
				routingPoints(same, "flow:precheck->storyNlp"));
		Bounds capture = first.of("capture").orElseThrow();
		GGraph moved = mogApplication();
		DiagramLayout after = AutoLayout.arrange(moved,
				first.with("capture", new Bounds(capture.x(), capture.y() + 300, capture.width(), capture.height())),
				AutoLayout.Style.APPLICATION);
		assertTrue(after.route("flow:capture->precheck").isEmpty(), "a route to a moved node would miss it");
		assertEquals(List.of(), routingPoints(moved, "flow:capture->precheck"));
		assertEquals(first.route("flow:precheck->transcoder"), after.route("flow:precheck->transcoder"));
	}

	@Test
	void storedPositionsAreKeptExactly() {
		DiagramLayout first = AutoLayout.arrange(mogApplication(), DiagramLayout.EMPTY, AutoLayout.Style.APPLICATION);
		Bounds moved = new Bounds(900, 700, first.of("capture").orElseThrow().width(),
				first.of("capture").orElseThrow().height());
		GGraph again = mogApplication();
		DiagramLayout second = AutoLayout.arrange(again, first.with("capture", moved), AutoLayout.Style.APPLICATION);
		assertEquals(first.with("capture", moved).positions(), second.positions());
		assertEquals(900, ((GNode) GraphAssertions.find(again, "capture")).getPosition().getX());
	}

	@Test
	void aNewElementIsPlacedWithoutMovingOrOverlappingTheOthers() {
		DiagramLayout before = AutoLayout.arrange(mogInfrastructure(), DiagramLayout.EMPTY,
				AutoLayout.Style.INFRASTRUCTURE);
		// as if gateBox and the whole FanPhones provider had just been added to the text
		DiagramLayout known = before.without("PortoEdge.gateBox").without("FanPhones").without("FanPhones.fanPhone")
				.without("FanPhones.fanPhone2").without("FanPhones.fanPhone3");
		GGraph graph = mogInfrastructure();
		DiagramLayout after = AutoLayout.arrange(graph, known, AutoLayout.Style.INFRASTRUCTURE);
		for (Map.Entry<String, Bounds> kept : known.positions().entrySet()) {
			Bounds now = after.of(kept.getKey()).orElseThrow();
			assertEquals(kept.getValue().x(), now.x(), kept.getKey());
			assertEquals(kept.getValue().y(), now.y(), kept.getKey());
		}
		assertEquals(before.positions().keySet(), after.positions().keySet());
		assertTidy(graph);
	}

	@Test
	void aComponentAddedInTheTextKeepsTheOthersWhereTheyWere(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("app.allstar");
		String text = """
				application Shop {
				  component web { cpu 1 core }
				  component db { cpu 2 cores }
				  flow web -> db bandwidth 10 Mbps latency < 5 ms
				}
				""";
		Files.writeString(file, text);
		DiagramLayout first = AutoLayout.arrange(applicationOf(file), DiagramLayout.EMPTY,
				AutoLayout.Style.APPLICATION);
		Files.writeString(file, text.replace("  flow", "  component cache { cpu 1 core }\n  flow web -> cache\n  flow"));
		GGraph edited = applicationOf(file);
		DiagramLayout second = AutoLayout.arrange(edited, first, AutoLayout.Style.APPLICATION);
		assertEquals(first.of("web"), second.of("web"));
		assertEquals(first.of("db"), second.of("db"));
		assertTrue(second.of("cache").isPresent());
		assertTidy(edited);
	}

	private static GGraph applicationOf(Path file) {
		LoadedModels loaded = Examples.INJECTOR.getInstance(ModelLoader.class).load(List.of(file),
				CancelIndicator.NullImpl);
		return ApplicationGraph.of((Application) loaded.models().get(0).getElements().get(0));
	}

	@Test
	void aThousandNodeInfrastructureIsLaidOutTidily(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("big.allstar"), DiagramBenchmarkModel.infrastructure(10, 100));
		LoadedModels loaded = Examples.INJECTOR.getInstance(ModelLoader.class).load(List.of(file),
				CancelIndicator.NullImpl);
		GGraph graph = InfrastructureGraph.of(loaded.models(), Optional.empty());
		assertEquals(1000, GraphAssertions.nodeIds(graph, DiagramTypes.HOST).size());
		assertEquals(2000, GraphAssertions.edges(graph).size());
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.INFRASTRUCTURE);
		assertEquals(10 + 1000, layout.positions().size());
		assertTidy(graph);
		// the links inside a provider (half) follow ELK's routes; those between providers are drawn straight
		assertEquals(1000, layout.routes().size());
		// the times are `allstar bench --diagram` (docs/benchmarks.md); a test asserts no wall-clock time
	}
}

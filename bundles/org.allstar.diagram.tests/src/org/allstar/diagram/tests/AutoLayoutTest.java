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
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
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

	@Test
	void storedPositionsAreKeptExactly() {
		DiagramLayout first = AutoLayout.arrange(mogApplication(), DiagramLayout.EMPTY, AutoLayout.Style.APPLICATION);
		Bounds moved = new Bounds(900, 700, first.of("capture").orElseThrow().width(),
				first.of("capture").orElseThrow().height());
		GGraph again = mogApplication();
		DiagramLayout second = AutoLayout.arrange(again, first.with("capture", moved), AutoLayout.Style.APPLICATION);
		assertEquals(first.with("capture", moved), second);
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
		StringBuilder text = new StringBuilder();
		int providers = 10;
		int perProvider = 100;
		for (int p = 0; p < providers; p++) {
			text.append("provider P").append(p).append(" {\n  kind ").append(p % 3 == 0 ? "cloud" : "edge").append('\n');
			for (int n = 0; n < perProvider; n++) {
				text.append("  node n").append(n).append(" { cpu 4 cores memory 8 GB }\n");
			}
			text.append("}\n");
		}
		text.append("network big {\n");
		for (int p = 0; p < providers; p++) {
			for (int n = 0; n < perProvider; n++) {
				text.append("  link P").append(p).append(".n").append(n).append(" <-> P").append(p).append(".n")
						.append((n + 1) % perProvider).append(" latency 1 ms\n");
				text.append("  link P").append(p).append(".n").append(n).append(" <-> P").append((p + 1) % providers)
						.append(".n").append((n * 7) % perProvider).append(" latency 20 ms\n");
			}
		}
		text.append("}\n");
		Path file = dir.resolve("big.allstar");
		Files.writeString(file, text);
		LoadedModels loaded = Examples.INJECTOR.getInstance(ModelLoader.class).load(List.of(file),
				CancelIndicator.NullImpl);
		GGraph graph = InfrastructureGraph.of(loaded.models(), Optional.empty());
		assertEquals(providers * perProvider, GraphAssertions.nodeIds(graph, DiagramTypes.HOST).size());
		long start = System.nanoTime();
		DiagramLayout layout = AutoLayout.arrange(graph, DiagramLayout.EMPTY, AutoLayout.Style.INFRASTRUCTURE);
		long elk = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		AutoLayout.arrange(InfrastructureGraph.of(loaded.models(), Optional.empty()), layout,
				AutoLayout.Style.INFRASTRUCTURE);
		long stored = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("layout of %d nodes / %d links: ELK %d ms, from stored positions %d ms%n",
				providers * perProvider, 2 * providers * perProvider, elk, stored);
		assertEquals(providers + providers * perProvider, layout.positions().size());
		assertTidy(graph);
		// the printed times are the benchmark of docs/benchmarks.md; a test asserts no wall-clock time
	}
}

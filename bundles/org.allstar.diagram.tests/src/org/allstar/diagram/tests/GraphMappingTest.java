// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.allstar.diagram.tests.GraphAssertions.edges;
import static org.allstar.diagram.tests.GraphAssertions.find;
import static org.allstar.diagram.tests.GraphAssertions.labels;
import static org.allstar.diagram.tests.GraphAssertions.nodeIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
import org.allstar.model.Deployment;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMappingTest {

	private static <T> T first(LoadedModels loaded, Class<T> type) {
		return loaded.models().stream().flatMap(m -> m.getElements().stream()).filter(type::isInstance)
				.map(type::cast).findFirst().orElseThrow();
	}

	@Test
	void mogApplicationHasItsComponentsAndFlowsWithBandwidthAndLatency() {
		GGraph graph = ApplicationGraph.of(first(Examples.load("mog-live", "livestory.allstar"), Application.class));
		assertEquals(List.of("capture", "precheck", "transcoder", "storyNlp"),
				nodeIds(graph, DiagramTypes.COMPONENT));
		assertEquals(List.of("capture -> precheck", "precheck -> transcoder", "precheck -> storyNlp"), edges(graph));
		assertEquals(List.of("8 Mbps \u00b7 < 20 ms"),
				labels(find(graph, "flow:capture->precheck"), DiagramTypes.EDGE_LABEL));
		assertEquals(List.of("50 Mbps \u00b7 < 60 ms"),
				labels(find(graph, "flow:precheck->transcoder"), DiagramTypes.EDGE_LABEL));
	}

	@Test
	void mogComponentsShowAcceleratorIsolationTrustAndDataBadges() {
		GGraph graph = ApplicationGraph.of(first(Examples.load("mog-live", "livestory.allstar"), Application.class));
		GModelElement transcoder = find(graph, "transcoder");
		assertEquals(List.of("accelerator-required", "accelerator-gpu"), transcoder.getCssClasses());
		assertEquals(List.of("4 cores \u00b7 8 GB \u00b7 gpu required"), labels(transcoder, DiagramTypes.FIGURES));
		assertEquals(List.of("accelerator-required", "accelerator-gpu", "isolation-enclave", "trust-critical"),
				find(graph, "storyNlp").getCssClasses());
		assertEquals(List.of("accelerator-preferred", "accelerator-gpu"), find(graph, "precheck").getCssClasses());
		GModelElement capture = find(graph, "capture");
		assertEquals(List.of("trust-untrusted"), capture.getCssClasses());
		assertEquals(List.of("personal", "footage"), labels(capture, DiagramTypes.DATA_BADGE));
		assertEquals(List.of("sensitivity-personal"), find(graph, "capture/data/personal").getCssClasses());
		assertEquals(List.of("sensitivity-internal"), find(graph, "capture/data/footage").getCssClasses());
	}

	/** Each line of a node on its own line from the top, the data badges side by side below them (Shapes). */
	@Test
	void aNodesLinesAreEachPlacedOnTheirLine() {
		GGraph graph = ApplicationGraph.of(first(Examples.load("mog-live", "livestory.allstar"), Application.class));
		assertEquals(new Place(10, 10), placeOf(graph, "capture/name"));
		assertEquals(new Place(10, 28), placeOf(graph, "capture/figures"));
		// the badges' line: "personal" takes 8 characters and 2 of space at 7.5 px each
		assertEquals(new Place(10, 46), placeOf(graph, "capture/data/personal"));
		assertEquals(new Place(85, 46), placeOf(graph, "capture/data/footage"));
		assertTrue(find(graph, "capture") instanceof GNode node && node.getSize().getHeight() == 3 * 18 + 2 * 10,
				"three lines fit the node");
	}

	private record Place(double x, double y) {
	}

	private static Place placeOf(GGraph graph, String labelId) {
		GPoint position = ((GLabel) find(graph, labelId)).getPosition();
		return new Place(position.getX(), position.getY());
	}

	@Test
	void mogInfrastructureHasProvidersAsContainersNodesInsideAndLinks() {
		LoadedModels loaded = Examples.load("mog-live", "providers.allstar");
		GGraph graph = InfrastructureGraph.of(loaded.models(), Optional.empty());
		assertEquals(List.of("AwsFrankfurt", "PortoEdge", "FanPhones"), nodeIds(graph, DiagramTypes.PROVIDER));
		assertEquals(List.of("cloud"), find(graph, "AwsFrankfurt").getCssClasses());
		assertEquals(List.of("edge"), find(graph, "PortoEdge").getCssClasses());
		assertEquals(List.of("mobile"), find(graph, "FanPhones").getCssClasses());
		assertEquals(List.of("PortoEdge.stadiumBox", "PortoEdge.stadiumBox2", "PortoEdge.gateBox"),
				find(graph, "PortoEdge").getChildren().stream().filter(c -> c.getType().equals(DiagramTypes.HOST))
						.map(GModelElement::getId).toList());
		assertEquals(8, nodeIds(graph, DiagramTypes.HOST).size());
		assertEquals(List.of("FanPhones.fanPhone -> PortoEdge.stadiumBox", "FanPhones -> PortoEdge",
				"PortoEdge.stadiumBox -> PortoEdge.stadiumBox2", "PortoEdge.stadiumBox -> PortoEdge.gateBox",
				"PortoEdge.stadiumBox -> AwsFrankfurt.gpuVm", "AwsFrankfurt.gpuVm -> AwsFrankfurt.cpuVm"),
				edges(graph));
		assertEquals(List.of("38 ms \u00b7 1 Gbps"),
				labels(find(graph, "link:PortoEdge.stadiumBox--AwsFrankfurt.gpuVm"), DiagramTypes.EDGE_LABEL));
		assertEquals(List.of("16 cores \u00b7 64 GB \u00b7 500 GB", "2\u00d7 gpu A10G"),
				labels(find(graph, "AwsFrankfurt.gpuVm"), DiagramTypes.FIGURES));
		assertEquals(List.of("state-busy"), find(graph, "PortoEdge.gateBox").getCssClasses());
		assertEquals(List.of(), labels(find(graph, "AwsFrankfurt.gpuVm"), DiagramTypes.PLACEMENT));
	}

	@Test
	void mogDeploymentOverlayListsTheComponentsOnEachNode() {
		LoadedModels loaded = Examples.load("mog-live", "deployment.allstar");
		GGraph graph = InfrastructureGraph.of(loaded.models(), Optional.of(first(loaded, Deployment.class)));
		assertEquals(List.of("\u25b6 transcoder", "\u25b6 storyNlp"),
				labels(find(graph, "AwsFrankfurt.gpuVm"), DiagramTypes.PLACEMENT));
		assertEquals(List.of("\u25b6 precheck"), labels(find(graph, "PortoEdge.stadiumBox2"), DiagramTypes.PLACEMENT));
		assertEquals(List.of("\u25b6 capture"), labels(find(graph, "FanPhones.fanPhone3"), DiagramTypes.PLACEMENT));
		assertEquals(List.of(), labels(find(graph, "AwsFrankfurt.cpuVm"), DiagramTypes.PLACEMENT));
	}

	@Test
	void mogLatencyRequirementIsShownOnTheFlowsOfThePathItConstrains() {
		GGraph graph = ApplicationGraph.of(first(Examples.load("mog-live", "livestory.allstar"), Application.class));
		for (String flow : List.of("flow:capture->precheck", "flow:precheck->storyNlp")) {
			assertEquals(List.of("path < 150 ms"), labels(find(graph, flow), DiagramTypes.REQUIREMENT), flow);
			assertTrue(find(graph, flow).getCssClasses().contains("on-latency-path"), flow);
			assertEquals("capture -> precheck -> storyNlp",
					find(graph, flow + "/requirement/0").getArgs().get("path"));
		}
		assertEquals(List.of(), labels(find(graph, "flow:precheck->transcoder"), DiagramTypes.REQUIREMENT));
		assertFalse(find(graph, "flow:precheck->transcoder").getCssClasses().contains("on-latency-path"));
	}

	@Test
	void mogDeploymentOverlayShowsHowFullEachNodeIs() {
		LoadedModels loaded = Examples.load("mog-live", "deployment.allstar");
		GGraph graph = InfrastructureGraph.of(loaded.models(), Optional.of(first(loaded, Deployment.class)));
		// transcoder (4 cores, 8 GB, 50 GB) and storyNlp (4 cores, 8 GB) on gpuVm (16 cores, 64 GB, 500 GB)
		assertEquals(List.of("CPU 8 / 16 cores", "memory 16 / 64 GB", "storage 50 / 500 GB"),
				labels(find(graph, "AwsFrankfurt.gpuVm"), DiagramTypes.GAUGE));
		GModelElement cpu = find(graph, "AwsFrankfurt.gpuVm/gauge/cpu");
		assertEquals(List.of("gauge-cpu"), cpu.getCssClasses());
		assertEquals(0.5, (Double) cpu.getArgs().get("ratio"), 1e-9);
		assertEquals(16.0, (Double) cpu.getArgs().get("capacity"), 1e-9);
		assertEquals(List.of("CPU 0 / 8 cores", "memory 0 / 32 GB", "storage 0 / 200 GB"),
				labels(find(graph, "AwsFrankfurt.cpuVm"), DiagramTypes.GAUGE));
		GGraph without = InfrastructureGraph.of(Examples.load("mog-live", "providers.allstar").models(),
				Optional.empty());
		assertEquals(List.of(), labels(find(without, "AwsFrankfurt.gpuVm"), DiagramTypes.GAUGE),
				"no deployment shown, nothing used: the capacity line says it all");
	}

	@Test
	void aNodeAskedForMoreThanItHasShowsAnOverfullGauge(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("full.allstar"), """
				provider P {
				  kind edge
				  node box { cpu 2 cores memory 4 GB }
				}
				application A {
				  component a { cpu 2 cores memory 1 GB }
				  component b { cpu 1 core memory 1 GB }
				}
				deployment d of A {
				  a on P.box
				  b on P.box
				}
				""");
		LoadedModels loaded = Examples.INJECTOR.getInstance(ModelLoader.class).load(List.of(file),
				CancelIndicator.NullImpl);
		GGraph graph = InfrastructureGraph.of(loaded.models(), Optional.of(first(loaded, Deployment.class)));
		assertEquals(List.of("gauge-cpu", "over-capacity"), find(graph, "P.box/gauge/cpu").getCssClasses());
		assertEquals(1.5, (Double) find(graph, "P.box/gauge/cpu").getArgs().get("ratio"), 1e-9);
		assertEquals(List.of("gauge-memory"), find(graph, "P.box/gauge/memory").getCssClasses());
	}

	@Test
	void helloEdgeIsOneComponentOnOneBox() {
		LoadedModels loaded = Examples.load("hello-edge", "hello.allstar");
		GGraph app = ApplicationGraph.of(first(loaded, Application.class));
		assertEquals(List.of("web"), nodeIds(app, DiagramTypes.COMPONENT));
		assertEquals(List.of(), edges(app));
		GGraph infra = InfrastructureGraph.of(loaded.models(), Optional.of(first(loaded, Deployment.class)));
		assertEquals(List.of("CornerShop"), nodeIds(infra, DiagramTypes.PROVIDER));
		assertEquals(List.of("CornerShop.box"), nodeIds(infra, DiagramTypes.HOST));
		assertEquals(List.of("\u25b6 web"), labels(find(infra, "CornerShop.box"), DiagramTypes.PLACEMENT));
		assertTrue(labels(find(infra, "CornerShop"), DiagramTypes.NAME).get(0).startsWith("CornerShop \u00b7 edge"));
	}
}

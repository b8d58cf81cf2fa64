// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.allstar.diagram.tests.GraphAssertions.edges;
import static org.allstar.diagram.tests.GraphAssertions.find;
import static org.allstar.diagram.tests.GraphAssertions.labels;
import static org.allstar.diagram.tests.GraphAssertions.nodeIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.lang.load.LoadedModels;
import org.allstar.model.Application;
import org.allstar.model.Deployment;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.junit.jupiter.api.Test;

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

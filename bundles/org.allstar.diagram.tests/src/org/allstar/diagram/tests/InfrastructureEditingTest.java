// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allstar.diagram.DiagramTypes;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure diagram of the MOG example's providers file edited through GLSP operations, checked as the
 * application diagram's edits are: one replacement, clean parse, exact change, shown, undone by its inverse.
 */
class InfrastructureEditingTest {

	private static final List<String> PROVIDERS = List.of("AwsFrankfurt", "PortoEdge", "FanPhones");

	@TempDir
	Path temp;

	private EditedDiagram diagram;
	private String original;

	/** The providers file with the files that do not name its nodes (the deployment and the SLA do). */
	@BeforeEach
	void open() throws Exception {
		diagram = new EditedDiagram(DiagramTypes.INFRASTRUCTURE, "mog-live", "providers.allstar", temp,
				"deployment.allstar", "sla.allstar");
		original = diagram.text();
		assertEquals(List.of(), diagram.loadErrors());
	}

	private void assertEdited(String expected) throws Exception {
		diagram.assertOneEditThenUndo(original, expected);
		assertEquals(PROVIDERS, GraphAssertions.nodeIds(diagram.root(), DiagramTypes.PROVIDER));
		assertEquals(List.of("PortoEdge.stadiumBox", "PortoEdge.stadiumBox2", "PortoEdge.gateBox"),
				GraphAssertions.nodeIds(GraphAssertions.find(diagram.root(), "PortoEdge"), DiagramTypes.HOST));
	}

	private static String gateBox(String text) {
		int start = text.indexOf("  node gateBox");
		return text.substring(start, text.indexOf("  }\n", start) + 4);
	}

	@Test
	void createNodeAddsItInsideTheProviderItWasDroppedOn() throws Exception {
		diagram.dispatch(new CreateNodeOperation(DiagramTypes.HOST, GraphUtil.point(20, 200), "PortoEdge"));
		assertTrue(GraphAssertions.nodeIds(GraphAssertions.find(diagram.root(), "PortoEdge"), DiagramTypes.HOST)
				.contains("PortoEdge.node1"));
		String gate = gateBox(original);
		assertEdited(original.replace(gate, gate + "  node node1 {\n    cpu 4 cores\n    memory 8 GB\n  }\n"));
	}

	@Test
	void aNodeOutsideAProviderIsRefused() throws Exception {
		diagram.dispatch(new CreateNodeOperation(DiagramTypes.HOST, GraphUtil.point(20, 200)));
		assertEquals(List.of("A node belongs to a provider: drop it inside one."), diagram.messages());
		assertEquals(original, diagram.text());
	}

	@Test
	void createLinkAddsItToTheNetwork() throws Exception {
		diagram.dispatch(new CreateEdgeOperation(DiagramTypes.LINK, "PortoEdge.gateBox", "AwsFrankfurt.cpuVm"));
		assertTrue(GraphAssertions.edges(diagram.root()).contains("PortoEdge.gateBox -> AwsFrankfurt.cpuVm"));
		String last = "  link AwsFrankfurt.gpuVm <-> AwsFrankfurt.cpuVm latency 0.5 ms bandwidth 25 Gbps\n";
		// the new link is not indented: the language's formatter, run by the change serializer on the new link
		// only, indents a network's links only when it formats the whole network (a gap of the formatter)
		assertEdited(original.replace(last, last + "link PortoEdge.gateBox -> AwsFrankfurt.cpuVm\n"));
	}

	@Test
	void deletingANodeTakesItsLinksInOneEdit() throws Exception {
		diagram.dispatch(new DeleteOperation(List.of("PortoEdge.gateBox")));
		assertEquals(List.of("PortoEdge.stadiumBox", "PortoEdge.stadiumBox2"),
				GraphAssertions.nodeIds(GraphAssertions.find(diagram.root(), "PortoEdge"), DiagramTypes.HOST));
		assertEdited(original.replace(gateBox(original), "")
				.replace("  link PortoEdge.stadiumBox <-> PortoEdge.gateBox latency 1 ms bandwidth 1 Gbps\n", ""));
	}

	@Test
	void renameANodeRenamesItsLinks() throws Exception {
		diagram.dispatch(new ApplyLabelEditOperation("PortoEdge.gateBox/name", "gate"));
		assertTrue(GraphAssertions.edges(diagram.root()).contains("PortoEdge.stadiumBox -> PortoEdge.gate"));
		assertEdited(original.replace("node gateBox", "node gate").replace("PortoEdge.gateBox", "PortoEdge.gate"));
	}

	@Test
	void createProviderAddsACloudProvider() throws Exception {
		diagram.dispatch(new CreateNodeOperation(DiagramTypes.PROVIDER, GraphUtil.point(900, 0)));
		assertTrue(GraphAssertions.nodeIds(diagram.root(), DiagramTypes.PROVIDER).contains("provider1"));
		assertEdited(original.replace("\nnetwork matchDay", "\nprovider provider1 {\n}\n\nnetwork matchDay"));
	}

	@Test
	void aNodeNamedByAnotherFileIsNotDeleted(@TempDir Path full) throws Exception {
		EditedDiagram whole = new EditedDiagram(DiagramTypes.INFRASTRUCTURE, "mog-live", "providers.allstar", full);
		whole.dispatch(new DeleteOperation(List.of("PortoEdge")));
		assertEquals(List.of("'PortoEdge' is used in deployment.allstar, sla.allstar: change it there first (this"
				+ " diagram edits only its own file)."), whole.messages());
		assertEquals(List.of(), whole.applied());
	}
}

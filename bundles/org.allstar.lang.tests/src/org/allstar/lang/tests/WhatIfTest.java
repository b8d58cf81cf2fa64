// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.verify.Verifier;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.whatif.ControlAction;
import org.allstar.verify.whatif.WhatIf;
import org.allstar.verify.whatif.WhatIfReport;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** The control-decision validator on a small deployment whose outcomes are worked out by hand. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class WhatIfTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	/** front runs on a1 and a2 (same provider), back on b1; each of a1, a2 has its own link to b1. */
	private static final String MODEL = """
			participant Cust { roles developer }
			provider A { node a1 { cpu 4 cores memory 8 GB } node a2 { cpu 4 cores memory 8 GB }
			             node tiny { cpu 1 core memory 1 GB } }
			provider B { node b1 { cpu 8 cores memory 16 GB } }
			network n { link A.a1 <-> B.b1 latency 20 ms  link A.a2 <-> B.b1 latency 25 ms }
			application App {
			  component front { image "f" cpu 1 core memory 1 GB }
			  component back { image "b" cpu 2 cores memory 4 GB }
			  flow front -> back bandwidth 1 Mbps latency < 30 ms
			  require latency front -> back < 30 ms
			  require availability >= 90 %
			}
			deployment d of App { front on A.a1, A.a2  back on B.b1 }
			sla Gold for d between Cust and B { availability >= 99 % per 30 days witnesses 3 quorum 2 }
			""";

	private LoadedModels loaded;

	private WhatIfReport simulate(ControlAction... actions) throws Exception {
		Path file = Files.writeString(dir.resolve("m.allstar"), MODEL);
		loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
		assertFalse(loaded.hasErrors(), () -> loaded.diagnostics().toString());
		return new WhatIf(new Verifier()).simulate(loaded.models(), deployment(), List.of(actions));
	}

	private Deployment deployment() {
		return (Deployment) loaded.models().get(0).getElements().stream().filter(Deployment.class::isInstance)
				.findFirst().orElseThrow();
	}

	private static List<String> names(List<Component> components) {
		return components.stream().map(Component::getName).toList();
	}

	@Test
	void drainingOneOfTwoReplicaNodesIsSafe() throws Exception {
		WhatIfReport report = simulate(new ControlAction.Drain("A.a1"));
		assertFalse(report.critical(), () -> report.lines().toString());
		assertFalse(report.harmful(), () -> report.lines().toString());
		assertEquals(List.of("A.a1"), report.nodesDown().stream().map(NetworkGraph::nameOf).toList());
		assertEquals(List.of(), report.componentsDown());
		assertTrue(report.after().fixedPoint());
		assertEquals("verdict: SAFE, nothing breaks", report.lines().get(report.lines().size() - 1));
	}

	@Test
	void drainingTheOnlyNodeOfAComponentIsCriticalAndBreaksTheSla() throws Exception {
		WhatIfReport report = simulate(new ControlAction.Drain("B.b1"));
		assertTrue(report.critical());
		assertEquals(List.of("back"), names(report.componentsDown()));
		assertTrue(report.breaks().contains("SLA Gold: back not serving"), () -> report.breaks().toString());
		assertTrue(report.breaks().stream().anyMatch(b -> b.startsWith("latency requirement front → back")));
		assertEquals(2, report.linksDown().size(), "both links end at the drained node");
	}

	@Test
	void cuttingOneLinkLeavesAnotherRouteButCuttingBothCutsTheFlow() throws Exception {
		WhatIfReport one = simulate(new ControlAction.Cut("A.a1", "B.b1"));
		assertFalse(one.critical(), () -> one.lines().toString());
		assertEquals(1, one.linksDown().size());

		WhatIfReport both = simulate(new ControlAction.Cut("A.a1", "B.b1"), new ControlAction.Cut("B.b1", "A.a2"));
		assertTrue(both.critical());
		assertEquals(List.of("back"), names(both.componentsDown()), "back no longer gets front's data");
		assertEquals(List.of(), both.nodesDown());
		assertTrue(both.newFindings().stream().anyMatch(f -> f.message().contains("no network path")),
				() -> both.newFindings().toString());
	}

	@Test
	void scalingPastANodesCapacityMakesItFlap() throws Exception {
		// 5 replicas of back ask 10 cores of b1's 8: b1 fails, back stops, b1 recovers, back restarts, b1 fails...
		WhatIfReport report = simulate(new ControlAction.Scale("back", 5));
		assertTrue(report.critical());
		assertFalse(report.after().fixedPoint());
		assertEquals(5, report.after().cycleLength(), () -> report.lines().toString());
		assertEquals(List.of("back"), names(report.componentsFlapping()));
		assertEquals(List.of("B.b1"), report.nodesFlapping().stream().map(NetworkGraph::nameOf).toList());
		assertTrue(report.newFindings().stream().anyMatch(f -> f.code().equals("capacity")));
	}

	@Test
	void scalingWithinCapacityIsSafeAndToZeroStopsTheComponent() throws Exception {
		assertFalse(simulate(new ControlAction.Scale("back", 4)).harmful(), "4 replicas use exactly 8 cores, 16 GB");
		WhatIfReport stopped = simulate(new ControlAction.Scale("front", 0));
		assertEquals(List.of("front", "back"), names(stopped.componentsDown()), "back depends on front's flow");
	}

	@Test
	void migratingOntoATooSmallNodeFlapsAndOntoARoomyOneIsSafe() throws Exception {
		WhatIfReport tooSmall = simulate(new ControlAction.Migrate("back", "A.tiny"));
		assertTrue(tooSmall.critical());
		assertEquals(List.of("back"), names(tooSmall.componentsFlapping()), () -> tooSmall.lines().toString());

		WhatIfReport roomy = simulate(new ControlAction.Migrate("back", "A.a2"));
		assertFalse(roomy.harmful(), () -> roomy.lines().toString());
	}

	@Test
	void theUsersModelIsNeverChanged() throws Exception {
		simulate(new ControlAction.Drain("B.b1"), new ControlAction.Migrate("front", "A.tiny"),
				new ControlAction.Cut("A.a1", "B.b1"), new ControlAction.Scale("back", 0));
		Deployment deployment = deployment();
		assertEquals(List.of("A.a1", "A.a2"),
				deployment.getPlacements().get(0).getNodes().stream().map(NetworkGraph::nameOf).toList());
		assertEquals(1, deployment.getPlacements().get(1).getComponent().getReplicas());
		assertEquals(List.of(), new Verifier().verify(loaded.models(), List.of(deployment)));
	}

	@Test
	void unknownNamesAreClearErrors() throws Exception {
		IllegalArgumentException node = assertThrows(IllegalArgumentException.class,
				() -> simulate(new ControlAction.Drain("A.a9")));
		assertTrue(node.getMessage().contains("no node 'A.a9'"), node.getMessage());
		IllegalArgumentException component = assertThrows(IllegalArgumentException.class,
				() -> simulate(new ControlAction.Scale("middle", 2)));
		assertTrue(component.getMessage().contains("placed are front, back"), component.getMessage());
		IllegalArgumentException link = assertThrows(IllegalArgumentException.class,
				() -> simulate(new ControlAction.Cut("A.a1", "A.a2")));
		assertTrue(link.getMessage().contains("no link between A.a1 and A.a2"), link.getMessage());
	}

	@Test
	void actionsParseFromTheCommandLineForm() {
		assertEquals(new ControlAction.Migrate("back", "A.a2"), ControlAction.parse("migrate", "back=A.a2"));
		assertEquals(new ControlAction.Cut("A.a1", "B.b1"), ControlAction.parse("cut", "A.a1<->B.b1"));
		assertEquals(new ControlAction.Cut("A.a1", "B.b1"), ControlAction.parse("cut", "A.a1,B.b1"));
		assertEquals(new ControlAction.Scale("back", 3), ControlAction.parse("scale", "back=3"));
		assertThrows(IllegalArgumentException.class, () -> ControlAction.parse("scale", "back=-1"));
		assertThrows(IllegalArgumentException.class, () -> ControlAction.parse("migrate", "back"));
		assertThrows(IllegalArgumentException.class, () -> ControlAction.parse("reboot", "A.a1"));
	}
}

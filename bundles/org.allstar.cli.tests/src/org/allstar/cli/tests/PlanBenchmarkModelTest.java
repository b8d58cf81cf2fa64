// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.allstar.cli.bench.PlanBenchmarkModel;
import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.DataClass;
import org.allstar.model.Flow;
import org.allstar.model.IsolationLevel;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.Resource;
import org.allstar.verify.rules.AcceleratorRule;
import org.allstar.verify.rules.ArchitectureRule;
import org.allstar.verify.rules.IsolationRule;
import org.allstar.verify.rules.Jurisdictions;
import org.allstar.verify.rules.ResidencyRule;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The placement benchmark's generator writes models that load without errors, have the asked size, depend on the
 * seed alone, and give every component somewhere to run (checked with the verifier's own predicates).
 */
class PlanBenchmarkModelTest {

	private static ModelLoader loader;

	@TempDir
	Path dir;

	@BeforeAll
	static void setUp() {
		loader = AllstarMlStandaloneSetup.doSetup().getInstance(ModelLoader.class);
	}

	private LoadedModels load(String text) throws IOException {
		Path file = Files.writeString(dir.resolve("plan.allstar"), text);
		return loader.load(List.of(file), CancelIndicator.NullImpl);
	}

	/** Loads an instance and checks it is clean and of the asked size; returns its application. */
	private Application loadClean(int components, int nodes, long seed) throws IOException {
		LoadedModels loaded = load(PlanBenchmarkModel.text(components, nodes, seed));
		// warnings too: a misplaced 'memory' after an accelerator, for one, is only a warning
		assertEquals(List.of(), loaded.diagnostics().stream().map(ModelDiagnostic::toCompilerFormat).toList());
		assertEquals(1, loaded.models().size());
		List<Provider> providers = elements(loaded, Provider.class);
		assertEquals(nodes, providers.stream().mapToInt(p -> p.getNodes().size()).sum());
		List<Application> applications = elements(loaded, Application.class);
		assertEquals(1, applications.size());
		assertEquals("Workload", applications.get(0).getName());
		assertEquals(components, applications.get(0).getComponents().size());
		return applications.get(0);
	}

	private static <T> List<T> elements(LoadedModels loaded, Class<T> type) {
		return loaded.models().stream().flatMap(m -> m.getElements().stream()).filter(type::isInstance)
				.map(type::cast).toList();
	}

	@Test
	void smallInstanceLoadsCleanlyWithTheAskedSize() throws IOException {
		loadClean(20, 200, 1);
	}

	@Test
	void mediumInstanceLoadsCleanlyWithTheAskedSize() throws IOException {
		loadClean(50, 500, 2);
	}

	@Test
	void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
		assertEquals(PlanBenchmarkModel.text(50, 500, 7), PlanBenchmarkModel.text(50, 500, 7));
		assertNotEquals(PlanBenchmarkModel.text(50, 500, 7), PlanBenchmarkModel.text(50, 500, 8));
	}

	@Test
	void everyComponentHasANodeThatMeetsAllItsNeeds() throws IOException {
		Application application = loadClean(50, 500, 3);
		List<Node> nodes = providersBeside(application).stream().flatMap(p -> p.getNodes().stream())
				.toList();
		for (Component component : application.getComponents()) {
			assertTrue(nodes.stream().anyMatch(node -> meets(component, node)), component.getName() + " fits nowhere");
		}
	}

	/** The providers of the application's file. */
	private static List<Provider> providersBeside(Application application) {
		return application.eContainer().eContents().stream().filter(Provider.class::isInstance)
				.map(Provider.class::cast).toList();
	}

	/** The planner's per-node needs, from the same public predicates of the verifier. */
	private static boolean meets(Component component, Node node) {
		Provider provider = (Provider) node.eContainer();
		boolean tier = component.getPlacement() == null || component.getPlacement().getTier() == provider.getKind();
		AcceleratorNeed need = component.getAccelerator();
		boolean accelerator = need == null
				|| node.getAccelerators().stream().anyMatch(a -> AcceleratorRule.matches(a, need));
		boolean enclave = component.getIsolation() != IsolationLevel.ENCLAVE
				|| node.getIsolation().stream().anyMatch(IsolationRule.ENCLAVES::contains);
		boolean residency = component.getHandles().stream().map(DataClass::getResidency).filter(r -> !r.isEmpty())
				.allMatch(areas -> areas.stream().anyMatch(a -> Jurisdictions.allows(a, ResidencyRule.regionOf(node))));
		return tier && accelerator && enclave && residency && ArchitectureRule.hasImageFor(component, node.getArch())
				&& Resource.fitsAll(node, List.of(component));
	}

	@Test
	void personalDataStaysInAustraliaAndTheEdgeIsThere() throws IOException {
		Application application = loadClean(20, 200, 4);
		for (Provider provider : providersBeside(application)) {
			boolean australian = Jurisdictions.allows("AU", provider.getRegion());
			assertEquals(provider.getRegion().startsWith("au-"), australian, provider.getName());
			if (provider.getKind() == ProviderKind.EDGE) {
				assertTrue(australian, provider.getName());
			}
		}
	}

	/**
	 * A 3 ms bound only between components that may both run at the edge: the nearest cloud is 1.7 ms from the
	 * CBD, the next 8.6 ms.
	 */
	@Test
	void threeMillisecondBoundsJoinComponentsThatMayRunAtTheEdge() throws IOException {
		Application application = loadClean(50, 500, 5);
		List<Node> edgeNodes = providersBeside(application).stream()
				.filter(p -> p.getKind() == ProviderKind.EDGE).flatMap(p -> p.getNodes().stream()).toList();
		for (Flow flow : application.getFlows()) {
			Rational bound = Quantities.valueIn(flow.getLatency(), Unit.MILLISECOND).orElse(null);
			if (bound != null && bound.compareTo(Rational.of(3)) <= 0) {
				for (Component end : List.of(flow.getSource(), flow.getTarget())) {
					assertTrue(edgeNodes.stream().anyMatch(node -> meets(end, node)),
							end.getName() + " cannot run at the edge but has a 3 ms flow");
				}
			}
		}
	}

	@Test
	void tooSmallInstancesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> PlanBenchmarkModel.text(2, 500, 1));
		assertThrows(IllegalArgumentException.class, () -> PlanBenchmarkModel.text(20, 59, 1));
	}

	/** The full size: loads cleanly; prints its size and load time for docs/benchmarks.md. */
	@Test
	void fullSizeInstanceLoadsCleanly() throws IOException {
		String text = PlanBenchmarkModel.text(500, 5000, 1);
		long start = System.nanoTime();
		LoadedModels loaded = load(text);
		double ms = (System.nanoTime() - start) / 1e6;
		assertFalse(loaded.hasErrors(), () -> loaded.diagnostics().stream().limit(5)
				.map(ModelDiagnostic::toCompilerFormat).collect(Collectors.joining("\n")));
		System.out.printf("plan benchmark 500 components x 5000 nodes: %d lines, %d bytes, loaded in %.0f ms%n",
				text.lines().count(), text.length(), ms);
	}
}

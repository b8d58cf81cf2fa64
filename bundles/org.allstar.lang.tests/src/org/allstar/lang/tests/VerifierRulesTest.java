// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelLoader;
import org.allstar.verify.VerifyCodes;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The verifier's rules as a user meets them: through validation of a model file, each rule failing and passing,
 * at the boundary. (In lang's fragment because the models are written in ALLSTAR-ML.)
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class VerifierRulesTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	private static final String INFRA = """
			provider A {
			  node small { cpu 2 cores memory 4 GB arch amd64 }
			  node arm { cpu 8 cores memory 8 GB arch arm64 }
			  node down { cpu 8 cores state offline }
			  node loaded { cpu 8 cores state busy }
			}
			provider B { node gpu { cpu 8 cores memory 32 GB accelerator gpu nvidia "T4" count 1 memory 16 GB } }
			provider C { node island { cpu 8 cores } }
			provider V { node v1 { availability 99 % } node v2 { availability 99 % } node v3 { availability 90 % } }
			participant Cust { roles developer }
			provider R { region "pt-norte" node eu { cpu 8 cores isolation sgx price 0.5 EUR/h power 100 W } }
			provider U { region "us-east-1" node us { cpu 8 cores price 1 EUR/h power 300 W } }
			data personal sensitivity personal residency "EU"
			network n { link A.small <-> B.gpu latency 30 ms  link A <-> B latency 45 ms }
			""";

	private List<ModelDiagnostic> verify(String application, String deployment) throws Exception {
		return verify(application, deployment, "");
	}

	private List<ModelDiagnostic> verify(String application, String deployment, String more) throws Exception {
		Path file = Files.writeString(dir.resolve("m.allstar"), INFRA + application + "\ndeployment d of App { "
				+ deployment + " }\n" + more);
		LoadedModels loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
		return loaded.diagnostics();
	}

	private static List<String> codes(List<ModelDiagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.severity().label() + ":" + d.code()).toList();
	}

	private static final String ONE = "application App { component a { image \"a\" cpu 2 cores memory 4 GB } }";

	@Test
	void capacityExactlyFullPasses() throws Exception {
		assertEquals(List.of(), verify(ONE, "a on A.small"));
	}

	@Test
	void capacityOverMemoryFailsWhileCpuExactlyFullPasses() throws Exception {
		String app = "application App { component a { image \"a\" cpu 1 core memory 3 GB replicas 2 } }";
		List<ModelDiagnostic> found = verify(app, "a on A.small");
		assertEquals(List.of("error:capacity"), codes(found));
		assertEquals("A.small is over its memory: 2 replica(s) ask 6 GB, it has 4 GB (a).", found.get(0).message());
	}

	@Test
	void capacityMixesUnits() throws Exception {
		String app = "application App { component a { image \"a\" memory 3000 MB } component b { image \"b\" memory 1000 MB } }";
		assertEquals(List.of(), verify(app, "a on A.small b on A.small"));
		String over = "application App { component a { image \"a\" memory 3000 MB } component b { image \"b\" memory 1001 MB } }";
		assertEquals(List.of("error:capacity"), codes(verify(over, "a on A.small b on A.small")));
	}

	@Test
	void replicasSpreadOverTheListedNodes() throws Exception {
		String app = "application App { component a { image \"a\" cpu 2 cores replicas 2 } }";
		assertEquals(List.of(), verify(app, "a on A.small, B.gpu"));
	}

	@Test
	void offlineNodeIsAnErrorBusyAWarning() throws Exception {
		assertEquals(List.of("error:" + VerifyCodes.STATE), codes(verify(ONE, "a on A.down")));
		assertEquals(List.of("warning:" + VerifyCodes.STATE), codes(verify(ONE, "a on A.loaded")));
	}

	@Test
	void requiredAcceleratorMissingOrTooSmall() throws Exception {
		String needs = "application App { component a { image \"a\" accelerator gpu required memory >= 16 GB } }";
		assertEquals(List.of(), verify(needs, "a on B.gpu"));
		assertEquals(List.of("error:accelerator"), codes(verify(needs, "a on A.small")));
		String bigger = "application App { component a { image \"a\" accelerator gpu required memory >= 17 GB } }";
		assertEquals(List.of("error:accelerator"), codes(verify(bigger, "a on B.gpu")));
	}

	@Test
	void preferredAcceleratorMissingIsAWarning() throws Exception {
		String prefers = "application App { component a { image \"a\" accelerator gpu preferred } }";
		List<ModelDiagnostic> found = verify(prefers, "a on A.small");
		assertEquals(List.of("warning:accelerator"), codes(found));
		assertTrue(found.get(0).message().contains("runs its CPU image"), found.toString());
	}

	@Test
	void twoGpuComponentsOnOneGpuExceedCapacity() throws Exception {
		String app = "application App { component a { image \"a\" accelerator gpu required } "
				+ "component b { image \"b\" accelerator gpu required } }";
		assertEquals(List.of("error:capacity"), codes(verify(app, "a on B.gpu b on B.gpu")));
	}

	@Test
	void architectureNeedsAVariant() throws Exception {
		assertEquals(List.of("error:architecture"), codes(verify(ONE, "a on A.arm")));
		String variant = "application App { component a { image \"a\" variant arm64 \"a-arm\" } }";
		assertEquals(List.of(), verify(variant, "a on A.arm"));
	}

	@Test
	void flowLatencyOverTheShortestPath() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } "
				+ "flow a -> b latency < 31 ms }";
		assertEquals(List.of(), verify(app, "a on A.small b on B.gpu"));
		String tight = app.replace("< 31 ms", "< 30 ms");
		List<ModelDiagnostic> found = verify(tight, "a on A.small b on B.gpu");
		assertEquals(List.of("error:latency"), codes(found));
		assertEquals("a → b needs < 30 ms, best path A.small → B.gpu is 30 ms over 1 link(s).", found.get(0).message());
	}

	@Test
	void regionLinksReachEveryNodeOfTheProvider() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } "
				+ "flow a -> b latency < 0.05 s }";
		assertEquals(List.of(), verify(app, "a on A.down b on B.gpu").stream()
				.filter(d -> d.code().equals("latency")).toList());
	}

	@Test
	void noPathIsAnError() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } flow a -> b }";
		List<ModelDiagnostic> found = verify(app, "a on A.small b on C.island");
		assertEquals(List.of("error:latency"), codes(found));
		assertTrue(found.get(0).message().contains("no network path from A.small to C.island"), found.toString());
	}

	@Test
	void sameNodeCostsNothing() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } "
				+ "flow a -> b latency < 1 ms require latency a -> b < 1 ms }";
		assertEquals(List.of(), verify(app, "a on B.gpu b on B.gpu"));
	}

	@Test
	void endToEndLatencySumsTheHops() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } "
				+ "component c { image \"c\" } require latency a -> b -> c < 60 ms }";
		List<ModelDiagnostic> found = verify(app, "a on A.small b on B.gpu c on A.small");
		assertEquals(List.of("error:latency"), codes(found));
		assertTrue(found.get(0).message().contains("a → b → c is 60 ms"), found.toString());
	}

	@Test
	void residencyKeepsDataInItsArea() throws Exception {
		String app = "application App { component a { image \"a\" handles personal } }";
		assertEquals(List.of(), verify(app, "a on R.eu"));
		List<ModelDiagnostic> found = verify(app, "a on U.us");
		assertEquals(List.of("error:residency"), codes(found));
		assertEquals("'a' handles personal, which must stay in EU, but U.us is in region \"us-east-1\".",
				found.get(0).message());
	}

	@Test
	void enclaveNeedsAnIsolationFeature() throws Exception {
		String app = "application App { component a { image \"a\" isolation enclave } }";
		assertEquals(List.of(), verify(app, "a on R.eu"));
		assertEquals(List.of("error:isolation"), codes(verify(app, "a on U.us")));
	}

	@Test
	void untrustedAndCriticalNeverShareANode() throws Exception {
		String app = "application App { component a { image \"a\" trust untrusted } component b { image \"b\" trust critical } }";
		assertEquals(List.of(), verify(app, "a on R.eu b on U.us"));
		assertEquals(List.of("error:isolation"), codes(verify(app, "a on R.eu b on R.eu")));
	}

	@Test
	void costCountsEachNodeOnceAgainstTheBudget() throws Exception {
		// R.eu + U.us = 1.5 EUR/h = 1,095 EUR/month (a month is 730 h)
		String app = "application App { component a { image \"a\" } component b { image \"b\" } budget 1095 EUR/month }";
		assertEquals(List.of(), verify(app, "a on R.eu b on U.us"));
		List<ModelDiagnostic> found = verify(app.replace("1095", "1094.99"), "a on R.eu b on U.us");
		assertEquals(List.of("error:cost"), codes(found));
		assertTrue(found.get(0).message().contains("total a price of 1095 EUR/month, over the budget of 1094.99"),
				found.toString());
	}

	@Test
	void energyAgainstTheEnergyBudget() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } energy 0.4 kW }";
		assertEquals(List.of(), verify(app, "a on R.eu b on U.us"));
		assertEquals(List.of("error:energy"), codes(verify(app.replace("0.4 kW", "399 W"), "a on R.eu b on U.us")));
	}

	@Test
	void bandwidthSumsTheFlowsRoutedOverALink() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } component c { image \"c\" } "
				+ "flow a -> b bandwidth 600 Mbps flow c -> b bandwidth 400 Mbps }";
		String network = "network fat { link R.eu <-> U.us latency 1 ms bandwidth 1 Gbps }";
		assertEquals(List.of(), verify(app, "a on R.eu c on R.eu b on U.us", network));
		List<ModelDiagnostic> found = verify(app.replace("400 Mbps", "401 Mbps"), "a on R.eu c on R.eu b on U.us",
				network);
		assertEquals(List.of("error:bandwidth"), codes(found));
		assertTrue(found.get(0).message().contains("need 1001 Mbps, it has 1000 Mbps"), found.toString());
	}

	@Test
	void availabilityComposesReplicasInParallelAndComponentsInSeries() throws Exception {
		// (1 - 0.01 * 0.01) * 0.90 = 0.89991
		String app = "application App { component a { image \"a\" } component b { image \"b\" } "
				+ "require availability >= 89.991 % }";
		assertEquals(List.of(), verify(app, "a on V.v1, V.v2 b on V.v3"));
		List<ModelDiagnostic> found = verify(app.replace("89.991", "89.992"), "a on V.v1, V.v2 b on V.v3");
		assertEquals(List.of("error:availability"), codes(found));
		assertTrue(found.get(0).message().contains("is available 89.991 %"), found.toString());
	}

	@Test
	void componentsOnOneNodeFailTogether() throws Exception {
		String app = "application App { component a { image \"a\" } component b { image \"b\" } "
				+ "require availability >= 99 % }";
		assertEquals(List.of(), verify(app, "a on V.v1 b on V.v1"));
	}

	@Test
	void slaPromisesNoMoreThanTheNodesDeliverAndItsCommitteeCanDecide() throws Exception {
		String app = "application App { component a { image \"a\" } }";
		String fine = "sla S for d between Cust and V { availability >= 99 % witnesses 3 quorum 2 }";
		assertEquals(List.of(), verify(app, "a on V.v1", fine));
		assertEquals(List.of("error:sla"), codes(verify(app, "a on V.v1", fine.replace(">= 99 %", ">= 99.5 %"))));
		assertEquals(List.of("warning:sla", "error:sla"),
				codes(verify(app, "a on V.v1", fine.replace("witnesses 3 quorum 2", "witnesses 4 quorum 2"))));
	}
}

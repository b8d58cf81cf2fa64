// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;

import org.allstar.model.*;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every construct of ALLSTAR-ML parses into the metamodel with the values written. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class ConstructsTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private Issues issues;

	private Model parse(String text) throws Exception {
		Model model = parser.parse(text);
		issues.assertNone(model);
		return model;
	}

	@Test
	void packageAndImports() throws Exception {
		Model model = parse("package a.b import c.d.* import e.F");
		assertEquals("a.b", model.getName());
		assertEquals(List.of("c.d.*", "e.F"), model.getImports().stream().map(Import::getImportedNamespace).toList());
	}

	@Test
	void participantWithRolesAndWallet() throws Exception {
		Participant p = (Participant) parse(
				"participant Mog { roles developer, witness wallet 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 }")
				.getElements().get(0);
		assertEquals(List.of(Role.DEVELOPER, Role.WITNESS), p.getRoles());
		assertEquals("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", p.getWallet());
	}

	@Test
	void providerWithEndpointsAndNode() throws Exception {
		Provider p = (Provider) parse("""
				provider Aws { kind cloud region "eu-central-1" location 50.11, -8.68 availability 99.95 %
				  endpoint docker "tcp://h:2376" tls endpoint kubernetes "https://k:6443"
				  node vm { cpu 16 cores memory 64 GB storage 1 TB arch arm64
				    accelerator gpu nvidia "A10G" count 2 memory 24 GB accelerator fpga xilinx "U250"
				    isolation sgx, sev price 1.21 EUR/h availability 99.9 % power 350 W state offline } }
				""").getElements().get(0);
		assertEquals(ProviderKind.CLOUD, p.getKind());
		assertEquals("eu-central-1", p.getRegion());
		assertEquals(new BigDecimal("-8.68"), p.getLocation().getLongitude());
		assertEquals(List.of(true, false), p.getEndpoints().stream().map(Endpoint::isTls).toList());
		assertEquals(EndpointKind.KUBERNETES, p.getEndpoints().get(1).getKind());
		Node vm = p.getNodes().get(0);
		assertEquals(new BigDecimal("16"), vm.getCpu().getValue());
		assertEquals("TB", vm.getStorage().getUnit());
		assertEquals(Architecture.ARM64, vm.getArch());
		Accelerator gpu = vm.getAccelerators().get(0);
		assertEquals(List.of(AcceleratorKind.GPU, "nvidia", "A10G", 2, "24 GB"),
				List.of(gpu.getKind(), gpu.getVendor(), gpu.getModel(), gpu.getCount(),
						gpu.getMemory().getValue() + " " + gpu.getMemory().getUnit()));
		assertEquals(1, vm.getAccelerators().get(1).getCount());
		assertEquals(List.of(IsolationFeature.SGX, IsolationFeature.SEV), vm.getIsolation());
		assertEquals("EUR/h", vm.getPrice().getUnit());
		assertEquals(NodeState.OFFLINE, vm.getState());
	}

	@Test
	void networkLinksBetweenNodesAndProviders() throws Exception {
		Model model = parse("""
				provider A { node x { cpu 1 core } } provider B { node y { cpu 1 core } }
				network n { link A.x <-> B.y latency 38 ms bandwidth 1 Gbps jitter 2 ms loss 0.1 %
				            link A -> B latency 50 ms }
				""");
		Network network = (Network) model.getElements().get(2);
		Link first = network.getLinks().get(0);
		assertTrue(first.isBidirectional());
		assertEquals("y", ((Node) first.getTarget()).getName());
		assertEquals("0.1", first.getLoss().getValue().toPlainString());
		Link second = network.getLinks().get(1);
		assertFalse(second.isBidirectional());
		assertEquals("A", ((Provider) second.getSource()).getName());
	}

	@Test
	void dataClassesWithSensitivityAndResidency() throws Exception {
		DataClass data = (DataClass) parse("data personal sensitivity personal residency \"EU\", \"UK\"")
				.getElements().get(0);
		assertEquals("personal", data.getName());
		assertEquals(Sensitivity.PERSONAL, data.getSensitivity());
		assertEquals(List.of("EU", "UK"), data.getResidency());
	}

	@Test
	void applicationWithEveryComponentPropertyFlowAndRequirement() throws Exception {
		Model model = parse("""
				data personal sensitivity personal
				application App {
				  component a { image "a:1" variant gpu "a:1-cuda" variant gpu arm64 "a:1-jetson" variant arm64 "a:1-arm"
				    cpu 500 millicores memory 2 GB storage 10 GB accelerator gpu required vendor nvidia count 2 memory >= 16 GB
				    replicas 3 placement edge near "pt-norte" isolation enclave trust critical handles personal ports 80, 443 }
				  component b { image "b:1" accelerator npu preferred placement cloud trust untrusted }
				  flow a -> b bandwidth 50 Mbps latency < 60 ms carries personal
				  require latency a -> b < 150 ms
				  require availability >= 99.5 %
				  require throughput >= 200 rps
				  require freshness personal < 5 s
				  require reputation >= 0.8
				  budget 900 EUR/month
				  energy 2 kW
				}
				""");
		Application app = (Application) model.getElements().get(1);
		Component a = app.getComponents().get(0);
		assertEquals(3, a.getVariants().size());
		assertEquals(AcceleratorKind.GPU, a.getVariants().get(1).getAccelerator());
		assertEquals(Architecture.ARM64, a.getVariants().get(1).getArch());
		assertFalse(a.getVariants().get(0).isSetArch());
		assertFalse(a.getVariants().get(2).isSetAccelerator());
		assertEquals(NeedKind.REQUIRED, a.getAccelerator().getNeed());
		assertEquals("nvidia", a.getAccelerator().getVendor());
		assertEquals("16", a.getAccelerator().getMinMemory().getValue().toPlainString());
		assertEquals(3, a.getReplicas());
		assertEquals(ProviderKind.EDGE, a.getPlacement().getTier());
		assertEquals("pt-norte", a.getPlacement().getNear());
		assertEquals(IsolationLevel.ENCLAVE, a.getIsolation());
		assertEquals(Trust.CRITICAL, a.getTrust());
		assertEquals("personal", a.getHandles().get(0).getName());
		assertEquals(List.of(80, 443), a.getPorts());
		Component b = app.getComponents().get(1);
		assertEquals(1, b.getReplicas());
		assertEquals(NeedKind.PREFERRED, b.getAccelerator().getNeed());
		Flow flow = app.getFlows().get(0);
		assertSame(a, flow.getSource());
		assertSame(b, flow.getTarget());
		assertEquals("ms", flow.getLatency().getUnit());
		assertEquals(List.of(a, b), ((LatencyRequirement) app.getRequirements().get(0)).getPath());
		assertInstanceOf(AvailabilityRequirement.class, app.getRequirements().get(1));
		assertEquals("rps", ((ThroughputRequirement) app.getRequirements().get(2)).getMinimum().getUnit());
		assertEquals("personal", ((FreshnessRequirement) app.getRequirements().get(3)).getData().getName());
		assertEquals(new BigDecimal("0.8"), ((ReputationRequirement) app.getRequirements().get(4)).getMinimum());
		assertEquals("EUR/month", app.getBudget().getUnit());
		assertEquals("kW", app.getEnergyBudget().getUnit());
	}

	@Test
	void deploymentAndSla() throws Exception {
		Model model = parse("""
				participant C { roles developer }
				provider P { node n { cpu 4 cores } node m { cpu 4 cores } }
				application App { component a { image "a" replicas 2 } }
				deployment prod of App { a on P.n, P.m }
				sla Gold for prod between C and P {
				  availability >= 99.9 % per 30 days
				  latency p95 < 150 ms per 1 h
				  throughput >= 100 Mbps
				  price 800 EUR per 30 days duration 12 months compensation 30 %
				  witnesses 3 quorum 2 fee 10 finney
				}
				""");
		Deployment prod = (Deployment) model.getElements().get(3);
		assertEquals(List.of("n", "m"), prod.getPlacements().get(0).getNodes().stream().map(Node::getName).toList());
		Sla sla = (Sla) model.getElements().get(4);
		assertSame(prod, sla.getDeployment());
		SlaMetric latency = sla.getMetrics().get(1);
		assertEquals(MetricKind.LATENCY, latency.getKind());
		assertEquals(95, latency.getPercentile());
		assertEquals(Comparator.LT, latency.getComparator());
		assertEquals("h", latency.getWindow().getUnit());
		assertNull(sla.getMetrics().get(2).getWindow());
		assertEquals(Comparator.GE, sla.getMetrics().get(0).getComparator());
		assertEquals("days", sla.getPricePeriod().getUnit());
		assertEquals(3, sla.getWitnesses());
		assertEquals(2, sla.getQuorum());
		assertEquals("finney", sla.getFee().getUnit());
	}

	@Test
	void commentsAreIgnored() throws Exception {
		Model model = parse("/* block */ package p // line\n provider X { /* inside */ kind edge }");
		assertEquals(ProviderKind.EDGE, ((Provider) model.getElements().get(0)).getKind());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;

import org.allstar.model.AllstarFactory;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Flow;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.Finding;
import org.allstar.verify.Verifier;
import org.allstar.verify.network.NetworkGraph;
import org.junit.jupiter.api.Test;

/**
 * A verifier keeps its network graph and routes while the network is unchanged, and every edit that changes a
 * route makes it rebuild: a warm verifier always agrees with a fresh one.
 */
class IncrementalVerifierTest {

	private static final AllstarFactory MAKE = AllstarFactory.eINSTANCE;

	private final Model model = MAKE.createModel();
	private final Provider a = provider("A", "a1", "a2");
	private final Provider b = provider("B", "b1");
	private final Network network = MAKE.createNetwork();
	private final Link link = MAKE.createLink();
	private final Deployment deployment = MAKE.createDeployment();
	private final Flow flow = MAKE.createFlow();

	IncrementalVerifierTest() {
		network.setName("n");
		link.setSource(a.getNodes().get(0));
		link.setTarget(b.getNodes().get(0));
		link.setBidirectional(true);
		link.setLatency(Quantities.create(new BigDecimal("20"), Unit.MILLISECOND));
		network.getLinks().add(link);
		Application application = MAKE.createApplication();
		application.setName("App");
		Component front = component("front");
		Component back = component("back");
		application.getComponents().addAll(List.of(front, back));
		flow.setSource(front);
		flow.setTarget(back);
		flow.setLatency(Quantities.create(new BigDecimal("25"), Unit.MILLISECOND));
		application.getFlows().add(flow);
		deployment.setName("d");
		deployment.setApplication(application);
		deployment.getPlacements().add(placement(front, a.getNodes().get(0)));
		deployment.getPlacements().add(placement(back, b.getNodes().get(0)));
		model.getElements().addAll(List.of(a, b, network, application, deployment));
	}

	private List<Finding> verify(Verifier verifier) {
		return verifier.verify(List.of(model), List.of(deployment));
	}

	private void agrees(Verifier warm) {
		assertEquals(messages(verify(new Verifier())), messages(verify(warm)));
	}

	@Test
	void anUnchangedNetworkKeepsItsGraphAndRoutes() {
		Verifier verifier = new Verifier();
		assertEquals(List.of(), verify(verifier));
		NetworkGraph first = verifier.lastNetwork();
		int routed = first.routedPairs();
		deployment.getPlacements().get(1).getComponent().setCpu(Quantities.create(BigDecimal.ONE, Unit.CORE));
		assertEquals(List.of(), verify(verifier));
		assertSame(first, verifier.lastNetwork(), "an edit of a component must not rebuild the network");
		assertEquals(routed, first.routedPairs());
	}

	@Test
	void aSlowerLinkIsSeenAtOnce() {
		Verifier verifier = new Verifier();
		assertEquals(List.of(), verify(verifier));
		NetworkGraph first = verifier.lastNetwork();
		link.setLatency(Quantities.create(new BigDecimal("25"), Unit.MILLISECOND));
		assertEquals(List.of("latency"), verify(verifier).stream().map(Finding::code).toList());
		assertNotSame(first, verifier.lastNetwork());
		agrees(verifier);
	}

	@Test
	void aRemovedOrRedirectedLinkAndANewNodeRebuildTheGraph() {
		Verifier verifier = new Verifier();
		verify(verifier);
		NetworkGraph before = verifier.lastNetwork();
		link.setTarget(a.getNodes().get(1));
		agrees(verifier);
		assertNotSame(before, verifier.lastNetwork());

		NetworkGraph redirected = verifier.lastNetwork();
		a.getNodes().add(node("a3"));
		agrees(verifier);
		assertNotSame(redirected, verifier.lastNetwork(), "a new node of a linked provider changes the graph");

		network.getLinks().clear();
		agrees(verifier);
		assertTrue(verify(verifier).stream().anyMatch(f -> f.message().contains("no network path")));
	}

	@Test
	void movingAComponentUsesTheKeptRoutesAndStillAgrees() {
		Verifier verifier = new Verifier();
		verify(verifier);
		Placement back = deployment.getPlacements().get(1);
		back.getNodes().set(0, a.getNodes().get(1));
		agrees(verifier);
		back.getNodes().set(0, b.getNodes().get(0));
		agrees(verifier);
	}

	@Test
	void nodesOfOneProviderAreZeroMillisecondsApartAndPathsNameTheNodesTheLinksJoin() {
		NetworkGraph graph = NetworkGraph.of(List.of(network));
		Node a1 = a.getNodes().get(0);
		Node a2 = a.getNodes().get(1);
		Node b1 = b.getNodes().get(0);
		assertEquals("A.a1 → A.a2 (0 ms, 0 links)", describe(graph.shortestPath(a1, a2).orElseThrow()));
		assertEquals("A.a2 → A.a1 → B.b1 (20 ms, 1 links)", describe(graph.shortestPath(a2, b1).orElseThrow()),
				"a2 reaches b1 over a1's link, at no cost inside provider A");
		Provider island = provider("C", "c1");
		model.getElements().add(island);
		assertTrue(graph.shortestPath(a1, island.getNodes().get(0)).isEmpty(), "no link reaches C");
	}

	private static String describe(org.allstar.verify.network.NetworkPath path) {
		return path.describe() + " (" + path.latencyMs() + " ms, " + path.links().size() + " links)";
	}

	private static List<String> messages(List<Finding> findings) {
		return findings.stream().map(f -> f.code() + ": " + f.message()).toList();
	}

	private static Provider provider(String name, String... nodes) {
		Provider provider = MAKE.createProvider();
		provider.setName(name);
		for (String node : nodes) {
			provider.getNodes().add(node(node));
		}
		return provider;
	}

	private static Node node(String name) {
		Node node = MAKE.createNode();
		node.setName(name);
		node.setCpu(Quantities.create(new BigDecimal("8"), Unit.CORE));
		return node;
	}

	private static Component component(String name) {
		Component component = MAKE.createComponent();
		component.setName(name);
		component.setImage(name + ":1");
		return component;
	}

	private static Placement placement(Component component, Node node) {
		Placement placement = MAKE.createPlacement();
		placement.setComponent(component);
		placement.getNodes().add(node);
		return placement;
	}
}

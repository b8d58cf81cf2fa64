// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.allstar.model.Component;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.allstar.model.quantity.Rational;
import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.PlanStatus;
import org.allstar.plan.Planner;
import org.junit.jupiter.api.Test;

/** Small instances whose optimum is worked out by hand in each test's comment. */
class KnownOptimumTest {

	private static Plan plan(World world, String objective) {
		return new Planner().plan(PlanRequest.of(world.app, world.models()).withObjective(Objective.parse(objective))
				.withTimeLimit(Duration.ofSeconds(20)));
	}

	/**
	 * Three components of 2 cores each. Nodes: big (8 cores, 1 EUR/h = 730 EUR/month), two small ones (4 cores,
	 * 0.4 EUR/h = 292 each). All on big: 730; two small ones hold 2 + 1 components: 584. Optimum 584.
	 */
	@Test
	void packsOntoTheCheapestNodes() {
		World world = new World();
		Provider cloud = world.provider("Cloud", ProviderKind.CLOUD, "eu-west-1");
		world.node(cloud, "big", 8, 32, 1.0, 99.9, 100);
		Node small1 = world.node(cloud, "small1", 4, 16, 0.4, 99.9, 50);
		Node small2 = world.node(cloud, "small2", 4, 16, 0.4, 99.9, 50);
		for (String name : List.of("a", "b", "c")) {
			world.component(name, 2, 4);
		}
		Plan plan = plan(world, "price");
		assertEquals(PlanStatus.OPTIMAL, plan.status(), plan.report().toString());
		assertEquals(Rational.of(584), plan.parts().pricePerMonth());
		assertTrue(plan.placements().values().stream().flatMap(List::stream).allMatch(n -> n == small1 || n == small2));
		assertEquals(0, plan.gap());
		assertTrue(plan.verifierErrors().isEmpty());
	}

	/**
	 * A camera at the edge streams to an analyser with a 5 ms bound. The cloud (20 ms away) is cheaper (0.1 EUR/h
	 * against 0.5 EUR/h at the edge) but too far, so the analyser must join the camera at the edge: one edge node,
	 * 365 EUR/month.
	 */
	@Test
	void latencyBoundKeepsTheFlowAtTheEdge() {
		World world = new World();
		Provider edge = world.provider("Edge", ProviderKind.EDGE, "pt-norte");
		Provider cloud = world.provider("Cloud", ProviderKind.CLOUD, "eu-central-1");
		Node box = world.node(edge, "box", 8, 16, 0.5, 99, 40);
		world.node(cloud, "vm", 8, 16, 0.1, 99.9, 100);
		world.link(box, cloud.getNodes().get(0), 20, null);
		Component camera = world.component("camera", 1, 1);
		camera.setPlacement(org.allstar.model.AllstarFactory.eINSTANCE.createPlacementHint());
		camera.getPlacement().setTier(ProviderKind.EDGE);
		Component analyser = world.component("analyser", 2, 2);
		world.flow(camera, analyser, 5.0, null);
		Plan plan = plan(world, "price");
		assertEquals(PlanStatus.OPTIMAL, plan.status(), plan.report().toString());
		assertEquals(List.of(box), plan.placements().get(analyser));
		assertEquals(Rational.of(365), plan.parts().pricePerMonth());
	}

	/**
	 * Lexicographic: "latency>price" first minimises the end-to-end latency (0 ms, both at one provider), then the
	 * price among those plans. Edge: 0.5 EUR/h; cloud 0.1 EUR/h, 10 ms away. Fastest plans: both at the edge (365) or
	 * both in the cloud (73); cheapest of them: the cloud, 73 EUR/month. With "price" alone, the same. With
	 * "price>latency" and a camera that must be at the edge: price 365 + 73? No: the cloud node alone is cheapest
	 * only if the camera may go there; it may not, so the cheapest is camera at the edge and the analyser in the
	 * cloud (438) at 10 ms, while "latency>price" puts both at the edge (365 EUR, 0 ms).
	 */
	@Test
	void lexicographicOrderDecides() {
		World world = new World();
		Provider edge = world.provider("Edge", ProviderKind.EDGE, "pt-norte");
		Provider cloud = world.provider("Cloud", ProviderKind.CLOUD, "eu-central-1");
		Node box = world.node(edge, "box", 2, 4, 0.5, 99, 40);
		Node box2 = world.node(edge, "box2", 2, 4, 0.5, 99, 40);
		Node vm = world.node(cloud, "vm", 8, 16, 0.1, 99.9, 100);
		world.link(box, vm, 10, null);
		Component camera = world.component("camera", 2, 1);
		camera.setPlacement(org.allstar.model.AllstarFactory.eINSTANCE.createPlacementHint());
		camera.getPlacement().setTier(ProviderKind.EDGE);
		Component analyser = world.component("analyser", 2, 2);
		world.flow(camera, analyser, null, null);
		world.endToEnd(100, camera, analyser);

		Plan cheapest = plan(world, "price>latency");
		assertEquals(PlanStatus.OPTIMAL, cheapest.status(), cheapest.report().toString());
		assertEquals(Rational.of(438), cheapest.parts().pricePerMonth());
		assertEquals(Rational.of(10), cheapest.parts().latencyMs());
		assertEquals(List.of(vm), cheapest.placements().get(analyser));

		Plan fastest = plan(world, "latency>price");
		assertEquals(PlanStatus.OPTIMAL, fastest.status(), fastest.report().toString());
		assertEquals(Rational.ZERO, fastest.parts().latencyMs());
		assertEquals(Rational.of(730), fastest.parts().pricePerMonth()); // two edge boxes: 2 cores each are full
		assertTrue(List.of(box, box2).containsAll(fastest.placements().get(analyser)));
	}
}

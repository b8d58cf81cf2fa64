// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.allstar.model.AllstarFactory;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Node;
import org.allstar.model.NodeState;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.PlanStatus;
import org.allstar.plan.Planner;
import org.junit.jupiter.api.Test;

/** Re-planning moves only what must move, then minimises the objective. */
class ReplanTest {

	private final World world = new World();
	private final Provider cloud = world.provider("Cloud", ProviderKind.CLOUD, "eu-west-1");
	private final Node n1 = world.node(cloud, "n1", 2, 4, 0.2, 99.9, 50);
	private final Node n2 = world.node(cloud, "n2", 2, 4, 0.2, 99.9, 50);
	private final Node n3 = world.node(cloud, "n3", 2, 4, 0.2, 99.9, 50);
	private final Node big = world.node(cloud, "big", 8, 16, 0.3, 99.9, 80);
	private final Component a = world.component("a", 2, 2);
	private final Component b = world.component("b", 2, 2);
	private final Component c = world.component("c", 2, 2);

	private Deployment current() {
		Deployment deployment = AllstarFactory.eINSTANCE.createDeployment();
		deployment.setName("production");
		deployment.setApplication(world.app);
		for (Object[] pair : new Object[][] { { a, n1 }, { b, n2 }, { c, n3 } }) {
			Placement placement = AllstarFactory.eINSTANCE.createPlacement();
			placement.setComponent((Component) pair[0]);
			placement.getNodes().add((Node) pair[1]);
			deployment.getPlacements().add(placement);
		}
		return deployment;
	}

	private Plan replan() {
		return new Planner().plan(PlanRequest.of(world.app, world.models()).withObjective(Objective.parse("price"))
				.withTimeLimit(Duration.ofSeconds(20)).replanning(current()));
	}

	/** A fresh plan would put all three on 'big' (219 EUR/month instead of 438); re-planning keeps them where they are. */
	@Test
	void nothingMovesWithoutACause() {
		assertEquals(List.of(big), new Planner().plan(PlanRequest.of(world.app, world.models())
				.withObjective(Objective.parse("price"))).placements().get(a));
		Plan plan = replan();
		assertEquals(PlanStatus.OPTIMAL, plan.status(), plan.report().toString());
		assertEquals(0, plan.migrations());
		assertEquals(List.of(n1), plan.placements().get(a));
		assertEquals(List.of(n2), plan.placements().get(b));
		assertEquals(List.of(n3), plan.placements().get(c));
	}

	/** n2 goes offline: b moves (to 'big', the only node with room), a and c stay. */
	@Test
	void onlyTheComponentOfTheFailedNodeMoves() {
		n2.setState(NodeState.OFFLINE);
		Plan plan = replan();
		assertEquals(PlanStatus.OPTIMAL, plan.status(), plan.report().toString());
		assertEquals(1, plan.migrations());
		assertEquals(List.of(n1), plan.placements().get(a));
		assertEquals(List.of(big), plan.placements().get(b));
		assertEquals(List.of(n3), plan.placements().get(c));
		assertTrue(plan.verifierErrors().isEmpty());
	}

	/**
	 * A new requirement: a sensor that must run at the edge, with c within 5 ms of it. The edge box is 10 ms from
	 * the cloud, so c moves to the box; a and b stay although other moves would save money.
	 */
	@Test
	void aNewFlowBoundMovesOnlyTheComponentsItConstrains() {
		Provider edge = world.provider("Edge", ProviderKind.EDGE, "eu-west-1");
		Node box = world.node(edge, "box", 4, 8, 0.01, 99, 20);
		world.link(box, n1, 10, null);
		Component sensor = world.component("sensor", 1, 1);
		sensor.setPlacement(AllstarFactory.eINSTANCE.createPlacementHint());
		sensor.getPlacement().setTier(ProviderKind.EDGE);
		world.flow(sensor, c, 5.0, null); // c must join the sensor at the edge: 10 ms to the cloud is too slow
		Plan plan = replan();
		assertEquals(PlanStatus.OPTIMAL, plan.status(), plan.report().toString());
		assertEquals(List.of(n1), plan.placements().get(a));
		assertEquals(List.of(n2), plan.placements().get(b));
		assertEquals(List.of(box), plan.placements().get(c));
		assertEquals(2, plan.migrations(), "c moves and the new sensor is placed");
	}
}

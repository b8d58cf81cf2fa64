// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allstar.model.Component;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.allstar.plan.Conflict;
import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.PlanStatus;
import org.allstar.plan.Planner;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.ProblemBuilder;
import org.allstar.verify.ReputationSource;
import org.junit.jupiter.api.Test;

/** Infeasible problems are explained by requirements that really conflict, and by no more of them than needed. */
class ConflictTest {

	private static Plan plan(World world) {
		return new Planner().plan(PlanRequest.of(world.app, world.models()).withObjective(Objective.parse("price"))
				.withTimeLimit(Duration.ofSeconds(20)));
	}

	/**
	 * storyNlp requires a GPU, an enclave, and handles personal data that must stay in the EU. A GPU without an enclave
	 * in the EU, an enclave GPU in the US, an enclave without GPU in the EU: each node fails one requirement, and
	 * every pair of the three requirements is met by some node, so all three are named.
	 */
	@Test
	void noNodeMeetsAComponentsOwnRequirements() {
		World world = new World();
		Provider eu = world.provider("Frankfurt", ProviderKind.CLOUD, "eu-central-1");
		Provider us = world.provider("Oregon", ProviderKind.CLOUD, "us-west-2");
		World.gpu(world.node(eu, "gpuVm", 16, 64, 1.2, 99.9, 300), 1);
		World.enclave(World.gpu(world.node(us, "sgxGpu", 16, 64, 1.2, 99.9, 300), 1));
		World.enclave(world.node(eu, "sgxVm", 8, 32, 0.4, 99.9, 100));
		Component nlp = World.needsEnclave(World.needsGpu(world.component("storyNlp", 4, 8)));
		world.handles(nlp, "personal", "EU");
		world.component("web", 1, 1); // placeable: not part of the conflict

		Plan plan = plan(world);

		assertEquals(PlanStatus.INFEASIBLE, plan.status());
		assertEquals(1, plan.conflicts().size(), plan.report().toString());
		Conflict conflict = plan.conflicts().get(0);
		assertTrue(conflict.summary().contains("storyNlp"), conflict.toString());
		assertEquals(3, conflict.requirements().size(), conflict.toString());
		assertTrue(conflict.toString().contains("requires a gpu"), conflict.toString());
		assertTrue(conflict.toString().contains("enclave"), conflict.toString());
		assertTrue(conflict.toString().contains("must stay in EU"), conflict.toString());
	}

	/**
	 * a must run at the edge (on box, which holds only a); b talks to it with a 5 ms bound, so b goes to box2 (3 ms
	 * away): 73 + 73 = 146 EUR/month, over the 120 budget. Without the bound, b goes to the cloud (20 ms, 36.5):
	 * 109.5. Conflict: placing a, placing b, the flow bound and the budget; not c, which fits the cloud node either
	 * way.
	 */
	@Test
	void conflictSetIsInfeasibleAndMinimal() {
		World world = new World();
		Provider edge = world.provider("Edge", ProviderKind.EDGE, "pt-norte");
		Provider edge2 = world.provider("Edge2", ProviderKind.EDGE, "pt-norte");
		Provider cloud = world.provider("Cloud", ProviderKind.CLOUD, "eu-central-1");
		Node box = world.node(edge, "box", 2, 4, 0.1, 99, 40);
		Node box2 = world.node(edge2, "box", 2, 4, 0.1, 99, 40);
		Node vm = world.node(cloud, "vm", 16, 64, 0.05, 99.9, 100);
		world.link(box, box2, 3, null);
		world.link(box, vm, 20, null);
		world.link(box2, vm, 20, null);
		Component a = world.component("a", 2, 2);
		a.setPlacement(org.allstar.model.AllstarFactory.eINSTANCE.createPlacementHint());
		a.getPlacement().setTier(ProviderKind.EDGE);
		Component b = world.component("b", 2, 2);
		world.component("c", 1, 1);
		world.flow(a, b, 5.0, null);
		world.budget(120);

		Plan plan = plan(world);

		assertEquals(PlanStatus.INFEASIBLE, plan.status(), plan.report().toString());
		List<String> core = plan.conflicts().get(0).requirements();
		assertTrue(core.stream().anyMatch(r -> r.startsWith("budget")), core.toString());
		assertTrue(core.stream().anyMatch(r -> r.startsWith("flow a → b")), core.toString());
		assertFalse(core.stream().anyMatch(r -> r.contains("'c'")), core.toString());
		assertEquals(4, core.size(), core.toString());

		Problem problem = ProblemBuilder.of(world.app, world.models(), ReputationSource.NONE);
		ConflictSearch search = new ConflictSearch(problem, new CpSatPlanner(problem, Objective.DEFAULT, 10, p -> {
		})::solveOnce);
		assertFalse(search.feasible(core, 5), "the conflict set alone has no solution");
		for (String dropped : core) {
			List<String> rest = new ArrayList<>(core);
			rest.remove(dropped);
			assertTrue(search.feasible(rest, 5), "without '" + dropped + "' the rest is feasible, so it is needed");
		}
		List<String> everythingElse = new ArrayList<>(search.groups());
		everythingElse.removeAll(core);
		assertTrue(search.feasible(everythingElse, 5), "the requirements outside the conflict hold together");
	}
}

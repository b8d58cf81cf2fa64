// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.allstar.model.Deployment;
import org.allstar.plan.Conflict;
import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.PlanStatus;
import org.allstar.plan.Planner;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.ProblemBuilder;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Verifier;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Random small worlds with every kind of requirement: every plan the planner returns passes the verifier (checked
 * again here, apart from the planner's own check), and every infeasible answer names requirements that really have
 * no solution together.
 */
class PlanPropertyTest {

	private static final int SEEDS = 200;

	@TestFactory
	Stream<DynamicTest> plansPassTheVerifierAndConflictsAreReal() {
		return LongStream.range(0, SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
	}

	/** The random worlds exercise both outcomes, so the checks above check something. */
	@Test
	void bothPlansAndConflictsOccur() {
		Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
		for (long seed = 0; seed < SEEDS; seed++) {
			World world = RandomWorlds.small(seed);
			counts.merge(new Planner().plan(PlanRequest.of(world.app, world.models())).status(), 1, Integer::sum);
		}
		assertTrue(counts.getOrDefault(PlanStatus.OPTIMAL, 0) >= SEEDS / 4, counts.toString());
		assertTrue(counts.getOrDefault(PlanStatus.INFEASIBLE, 0) >= SEEDS / 10, counts.toString());
		System.out.println("random worlds: " + counts);
	}

	private static void check(long seed) {
		World world = RandomWorlds.small(seed);
		Plan plan = new Planner().plan(PlanRequest.of(world.app, world.models()).withTimeLimit(Duration.ofSeconds(10)));
		assertNotEquals(PlanStatus.UNKNOWN, plan.status(), plan.report().toString());
		if (plan.status().hasPlan()) {
			Deployment deployment = Planner.toDeployment(plan, world.app, "planned");
			List<Finding> errors = new Verifier().verify(world.models(), List.of(deployment)).stream()
					.filter(f -> f.severity() == Finding.Severity.ERROR).toList();
			assertEquals(List.of(), errors.stream().map(Finding::message).toList(), plan.report().toString());
			assertTrue(plan.verifierErrors().isEmpty());
			assertEquals(world.app.getComponents().size(), plan.placements().size());
		} else {
			assertFalse(plan.conflicts().isEmpty(), "infeasible without an explanation");
			Conflict conflict = plan.conflicts().get(0);
			if (conflict.summary().startsWith("These requirements")) {
				Problem problem = ProblemBuilder.of(world.app, world.models(), ReputationSource.NONE);
				ConflictSearch search = new ConflictSearch(problem,
						new CpSatPlanner(problem, Objective.DEFAULT, 10, p -> {
						})::solveOnce);
				assertFalse(search.feasible(conflict.requirements(), 5), conflict.toString());
				for (String dropped : conflict.requirements()) {
					List<String> rest = new java.util.ArrayList<>(conflict.requirements());
					rest.remove(dropped);
					assertTrue(search.feasible(rest, 5), "not minimal: " + dropped + " in " + conflict);
				}
			}
		}
	}
}

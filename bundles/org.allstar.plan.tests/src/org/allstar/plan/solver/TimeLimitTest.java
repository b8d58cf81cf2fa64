// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.Planner;
import org.junit.jupiter.api.Test;

/** A run stops at its time limit with the best plan found, and a cancelled run stops at once. */
class TimeLimitTest {

	@Test
	void stopsAtTheTimeLimitWithAPlan() {
		World world = RandomWorlds.large(80, 800, 3);
		Plan plan = new Planner().plan(PlanRequest.of(world.app, world.models()).withObjective(Objective.DEFAULT)
				.withTimeLimit(Duration.ofSeconds(2)));
		assertTrue(plan.seconds() < 2 + 3, "took " + plan.seconds() + " s with a 2 s limit");
		assertTrue(plan.status().hasPlan(), plan.report().toString());
		assertTrue(plan.verifierErrors().isEmpty(), plan.verifierErrors().toString());
	}

	@Test
	void cancelStopsTheSearch() throws InterruptedException {
		World world = RandomWorlds.large(80, 800, 4);
		Planner planner = new Planner();
		Thread canceller = new Thread(() -> {
			try {
				Thread.sleep(1500);
			} catch (InterruptedException e) {
				return;
			}
			planner.cancel();
		});
		canceller.start();
		Plan plan = planner.plan(PlanRequest.of(world.app, world.models()).withTimeLimit(Duration.ofSeconds(60)));
		canceller.join();
		assertTrue(plan.seconds() < 10, "took " + plan.seconds() + " s after a cancel at 1.5 s");
	}
}

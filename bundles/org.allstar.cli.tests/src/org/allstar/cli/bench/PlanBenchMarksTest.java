// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allstar.plan.Progress;
import org.junit.jupiter.api.Test;

/**
 * The bench's "within 2 % of the bound at" line: each plan counts from the time it came, judged against the final
 * bound after the run, so a bound that comes late (the zone relaxation) does not hide when the plans got there.
 */
class PlanBenchMarksTest {

	@Test
	void plansAreJudgedAgainstTheFinalBoundAtTheTimeTheyCame() {
		PlanBench.Marks marks = new PlanBench.Marks();
		marks.record(new Progress("greedy", 1.0, 110, Double.NaN));
		marks.record(new Progress("pool", 2.0, 100.1, 90)); // a pool model's value before packing: not a plan
		marks.record(new Progress("solve", 5.0, 104, Double.NaN)); // 3.8 % above 100
		marks.record(new Progress("solve", 9.0, 101.5, Double.NaN)); // 1.5 %: within 2 %
		marks.record(new Progress("solve", 20.0, 100.4, 100)); // 0.4 %: within 0.5 %, and the bound came with it
		assertEquals(1.0, marks.first(false));
		assertEquals(5.0, marks.first(true));
		assertEquals(9.0, marks.within(0.02, 100));
		assertEquals(20.0, marks.within(0.005, 100));
		assertEquals(20.0, marks.firstBound());
		assertTrue(Double.isNaN(marks.within(0.001, 100)), "no plan was within 0.1 %");
		assertTrue(Double.isNaN(marks.within(0.02, Double.NaN)), "without a bound no plan is within it");
	}

	@Test
	void theReturnedPlanCountsAtTheEndWhenNoReportCarriedIt() {
		PlanBench.Marks marks = new PlanBench.Marks();
		marks.record(new Progress("greedy", 0.2, 1681.6, Double.NaN));
		marks.record(new Progress("pool", 3.0, 1516.0, 1500.0));
		marks.recordFinal(4.5, 1516.05);
		assertEquals(4.5, marks.within(0.02, 1500.0));
		marks.recordFinal(6.0, 1681.6); // the greedy plan returned: it came at 0.2 s
		assertEquals(0.2, marks.within(0.15, 1500.0));
	}

	@Test
	void theGreedyPlanCountsWhenItIsAlreadyWithinTheBound() {
		PlanBench.Marks marks = new PlanBench.Marks();
		marks.record(new Progress("greedy", 0.5, 101, Double.NaN));
		assertEquals(0.5, marks.within(0.02, 100));
		assertTrue(Double.isNaN(marks.first(true)), "the greedy plan is not a plan from the solver");
	}
}

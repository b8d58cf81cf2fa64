// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.allstar.plan.Objective;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.ProblemBuilder;
import org.allstar.verify.ReputationSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Neighbourhood search on large plain worlds: a free component moves only among its neighbourhood's places, and the
 * search never returns a plan worse than its start or one that breaks capacity or a flow bound.
 */
class LnsTest {

	private static final Objective PRICE = Objective.parse("price");

	@TestFactory
	Stream<DynamicTest> restrictedDomainsKeepExactlyTheNodesAtTheGivenPlaces() {
		return LongStream.range(0, 20).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
			Problem problem = problem(30, 300, seed);
			Random random = new Random(seed);
			boolean[] places = new boolean[problem.placeCount()];
			for (int p = 0; p < places.length; p++) {
				places[p] = random.nextInt(3) == 0;
			}
			for (int c = 0; c < problem.componentCount(); c++) {
				int[] kept = Lns.nodesAt(problem.domain[c], places, problem);
				long expected = java.util.Arrays.stream(problem.domain[c]).filter(n -> places[problem.placeOf[n]])
						.count();
				assertEquals(expected, kept.length);
				for (int n : kept) {
					assertTrue(places[problem.placeOf[n]], "node " + n + " is at a place not given");
				}
			}
		}));
	}

	@Test
	void improvesTheGreedyPlanWithoutBreakingCapacityOrFlows() {
		OrToolsNative.load();
		for (long seed = 1; seed <= 3; seed++) {
			Problem problem = problem(120, 1200, seed);
			long[] nodeCost = NodeCosts.weighted(problem, PRICE);
			int[][] places = PlacementModel.places(problem, true);
			int[][] greedy = new Greedy(problem, places, nodeCost).place(System.nanoTime() + 2_000_000_000L)
					.orElseThrow();
			assertTrue(Evaluation.meetsPlanRequirements(problem, greedy), "the greedy start itself breaks a rule");
			CpSatPlanner planner = new CpSatPlanner(problem, PRICE, 30, p -> {
			});
			int[][] improved = new Lns(problem, PRICE, nodeCost, planner::solveOnce, new HashMap<>(), p -> {
			}, seed).improve(greedy, System.nanoTime() + 4_000_000_000L, Double.NaN, System.nanoTime(), () -> false);
			assertTrue(Evaluation.meetsPlanRequirements(problem, improved), "the improved plan breaks a rule");
			assertKeepsCapacityFlowsAndReplicas(problem, greedy, improved);
			long before = Evaluation.weighted(problem, PRICE, greedy);
			long after = Evaluation.weighted(problem, PRICE, improved);
			assertTrue(after <= before, after + " > " + before);
			System.out.printf(java.util.Locale.ROOT, "neighbourhood search, 120 × 1,200 seed %d: %.3f -> %.3f%n", seed,
					before / NodeCosts.SCALE, after / NodeCosts.SCALE);
		}
	}

	private static void assertKeepsCapacityFlowsAndReplicas(Problem problem, int[][] start, int[][] plan) {
		long[][] load = new long[problem.nodeCount()][Problem.RESOURCES];
		for (int c = 0; c < plan.length; c++) {
			assertEquals(start[c].length, plan[c].length, "replicas of component " + c);
			assertEquals(plan[c].length, java.util.Arrays.stream(plan[c]).distinct().count(), "two replicas on a node");
			for (int n : plan[c]) {
				assertTrue(java.util.Arrays.binarySearch(problem.domain[c], n) >= 0, "node " + n + " not eligible");
				for (int r = 0; r < Problem.RESOURCES; r++) {
					load[n][r] += problem.demand[c][r];
				}
			}
		}
		for (int n = 0; n < load.length; n++) {
			for (int r = 0; r < Problem.RESOURCES; r++) {
				assertTrue(problem.capacity[n][r] == Problem.UNCHECKED || load[n][r] <= problem.capacity[n][r],
						"node " + n + " over capacity in resource " + r);
			}
		}
		for (Problem.FlowSpec flow : problem.flows) {
			for (int from : plan[flow.from()]) {
				for (int to : plan[flow.to()]) {
					assertTrue(problem.allows(flow, problem.placeOf[from], problem.placeOf[to]), "flow " + flow);
				}
			}
		}
	}

	private static Problem problem(int components, int nodes, long seed) {
		World world = RandomWorlds.large(components, nodes, seed);
		return ProblemBuilder.of(world.app, world.models(), ReputationSource.NONE);
	}
}

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

	@Test
	void aZoneNeighbourhoodMayUseEveryPlaceOfItsZoneAndFollowsTheGuide() {
		for (long seed = 1; seed <= 5; seed++) {
			Problem problem = problem(60, 600, seed);
			int[][] plan = greedy(problem);
			int[] zoneOf = CpSatPlanner.zonesOf(problem);
			// every component guided into the zone of the last component's place
			int target = zoneOf[problem.placeOf[plan[plan.length - 1][0]]];
			int[] guide = new int[problem.componentCount()];
			java.util.Arrays.fill(guide, target);
			Lns lns = new Lns(problem, PRICE, NodeCosts.weighted(problem, PRICE), (m, s, p, sc, t) -> null,
					new HashMap<>(), p -> {
					}, seed).guidedBy(guide);
			Lns.Neighbourhood zone = lns.inOneZone(plan, 20);
			assertTrue(zone.towardsGuide(), "a guided zone neighbourhood lets components move towards the guide");
			assertEquals(20, zone.free().size());
			for (int p = 0; p < problem.placeCount(); p++) {
				assertTrue(zoneOf[p] != target || zone.places()[p], "place " + p + " of the guided zone is not offered");
			}
			for (int c : zone.free()) {
				assertTrue(zone.places()[problem.placeOf[plan[c][0]]], "component " + c + " may not stay at its place");
			}
			Lns.Neighbourhood place = lns.atOnePlace(plan, 20);
			assertTrue(!place.towardsGuide());
			for (int p = 0; p < problem.placeCount(); p++) {
				final int q = p;
				boolean used = place.free().stream().anyMatch(c -> problem.placeOf[plan[c][0]] == q);
				assertEquals(used, place.places()[p], "a place neighbourhood offers exactly its components' places");
			}
		}
	}

	@Test
	void placeStepsTakeTheUsedPlacesInTurnDearestFirst() {
		for (long seed = 1; seed <= 5; seed++) {
			Problem problem = problem(120, 1200, seed);
			long[] nodeCost = NodeCosts.weighted(problem, PRICE);
			int[][] plan = greedy(problem);
			long[] spend = spendPerPlace(problem, plan, nodeCost);
			Lns lns = lns(problem, nodeCost, seed);
			long used = java.util.Arrays.stream(spend).filter(x -> x > 0).count();
			java.util.List<Integer> round = new java.util.ArrayList<>();
			for (int step = 0; step < used; step++) {
				round.add(lns.dearestUntriedPlace(plan));
			}
			assertEquals(used, new java.util.HashSet<>(round).size(), "every used place once in a round: " + round);
			for (int i = 1; i < round.size(); i++) {
				assertTrue(spend[round.get(i - 1)] >= spend[round.get(i)], "not dearest first: " + round);
			}
			assertEquals(round.get(0), lns.dearestUntriedPlace(plan), "the next round starts again from the dearest");
		}
	}

	@Test
	void aPlaceStepFreesEveryComponentAtItsPlaceUnlessThatIsMostOfTheProblem() {
		int whole = 0;
		for (long seed = 1; seed <= 5; seed++) {
			Problem problem = problem(120, 1200, seed);
			long[] nodeCost = NodeCosts.weighted(problem, PRICE);
			int[][] plan = greedy(problem);
			int place = lns(problem, nodeCost, seed).dearestUntriedPlace(plan);
			Lns.Neighbourhood step = lns(problem, nodeCost, seed).atOnePlace(plan, 15);
			long there = java.util.Arrays.stream(plan).filter(nodes -> problem.placeOf[nodes[0]] == place).count();
			long freed = step.free().stream().filter(c -> problem.placeOf[plan[c][0]] == place).count();
			if (2 * there <= plan.length / 2) {
				assertEquals(there, freed, "seed " + seed + ": not every component of the step's place is free");
				assertTrue(step.free().size() >= Math.max(15, 2 * there) || step.free().size() == plan.length);
				whole++;
			} else {
				assertTrue(step.free().size() <= 15, "seed " + seed + ": a place holding most components freed whole");
			}
		}
		assertTrue(whole >= 2, "the worlds gave too few places that fit whole: " + whole);
	}

	private static Lns lns(Problem problem, long[] nodeCost, long seed) {
		return new Lns(problem, PRICE, nodeCost, (m, s, p, sc, t) -> null, new HashMap<>(), p -> {
		}, seed);
	}

	private static long[] spendPerPlace(Problem problem, int[][] plan, long[] nodeCost) {
		long[] spend = new long[problem.placeCount()];
		java.util.Set<Integer> paid = new java.util.HashSet<>();
		for (int[] nodes : plan) {
			for (int n : nodes) {
				if (paid.add(n)) {
					spend[problem.placeOf[n]] += nodeCost[n];
				}
			}
		}
		return spend;
	}

	@Test
	void zonesJoinOnlyNearbyPlacesOfOneKindAndRegion() {
		for (long seed = 1; seed <= 5; seed++) {
			Problem problem = problem(30, 300, seed);
			int[] zoneOf = CpSatPlanner.zonesOf(problem);
			for (int p = 0; p < zoneOf.length; p++) {
				for (int q = 0; q < zoneOf.length; q++) {
					int zone = zoneOf[p];
					if (p != q && zone == zoneOf[q]) {
						int first = java.util.stream.IntStream.range(0, zoneOf.length).filter(r -> zoneOf[r] == zone)
								.findFirst().orElseThrow();
						assertEquals(problem.places.get(first).getKind(), problem.places.get(q).getKind());
						assertTrue(problem.latency[first][q] != null && problem.latency[first][q]
								.compareTo(org.allstar.model.quantity.Rational.of(1)) <= 0, "zone wider than 1 ms");
					}
				}
			}
		}
	}

	@Test
	void aGuidedSearchNeverBreaksCapacityFlowsOrReplicasNorWorsensThePlan() {
		OrToolsNative.load();
		for (long seed = 1; seed <= 2; seed++) {
			Problem problem = problem(120, 1200, seed);
			long[] nodeCost = NodeCosts.weighted(problem, PRICE);
			int[][] greedy = greedy(problem);
			int zones = java.util.Arrays.stream(CpSatPlanner.zonesOf(problem)).max().orElseThrow() + 1;
			Random random = new Random(seed);
			int[] guide = random.ints(problem.componentCount(), 0, zones).toArray(); // a poor guide: still safe
			CpSatPlanner planner = new CpSatPlanner(problem, PRICE, 30, p -> {
			});
			int[][] improved = new Lns(problem, PRICE, nodeCost, planner::solveOnce, new HashMap<>(), p -> {
			}, seed).guidedBy(guide).improve(greedy, System.nanoTime() + 4_000_000_000L, Double.NaN, System.nanoTime(),
					() -> false);
			assertTrue(Evaluation.meetsPlanRequirements(problem, improved), "the improved plan breaks a rule");
			assertKeepsCapacityFlowsAndReplicas(problem, greedy, improved);
			assertTrue(Evaluation.weighted(problem, PRICE, improved) <= Evaluation.weighted(problem, PRICE, greedy));
		}
	}

	@Test
	void aRelaxationsPlanIsRealOnlyWithOnePlacePerComponentAndEveryFlowKept() {
		int checked = 0;
		for (long seed = 1; seed <= 5; seed++) {
			Problem problem = problem(60, 600, seed);
			int[][] plan = greedy(problem);
			assertTrue(CpSatPlanner.isRealPlan(problem, plan), "the greedy plan is a real plan");
			for (int c = 0; c < plan.length; c++) {
				if (plan[c].length < 2) {
					continue;
				}
				final int component = c;
				int place = problem.placeOf[plan[c][0]];
				var elsewhere = java.util.Arrays.stream(problem.domain[c]).filter(n -> problem.placeOf[n] != place)
						.findFirst();
				if (elsewhere.isPresent()) {
					int[][] split = plan.clone();
					split[component] = plan[component].clone();
					split[component][1] = elsewhere.getAsInt();
					assertTrue(!CpSatPlanner.isRealPlan(problem, split), "replicas at two places passed");
					checked++;
					break;
				}
			}
			for (Problem.FlowSpec flow : problem.flows) {
				var breaking = java.util.Arrays.stream(problem.domain[flow.to()]).filter(n -> !problem.allows(flow,
						problem.placeOf[plan[flow.from()][0]], problem.placeOf[n])).findFirst();
				if (breaking.isPresent() && plan[flow.to()].length == 1) {
					int[][] broken = plan.clone();
					broken[flow.to()] = new int[] { breaking.getAsInt() };
					assertTrue(!CpSatPlanner.isRealPlan(problem, broken), "a flow over its bound passed");
					checked++;
					break;
				}
			}
		}
		assertTrue(checked >= 2, "the worlds gave too few cases: " + checked);
	}

	private static int[][] greedy(Problem problem) {
		long[] nodeCost = NodeCosts.weighted(problem, PRICE);
		return new Greedy(problem, PlacementModel.places(problem, true), nodeCost)
				.place(System.nanoTime() + 2_000_000_000L).orElseThrow();
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

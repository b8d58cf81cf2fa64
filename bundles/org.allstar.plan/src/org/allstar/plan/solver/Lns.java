// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.allstar.model.Link;
import org.allstar.model.quantity.Rational;
import org.allstar.plan.Objective;
import org.allstar.plan.Progress;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.Problem.FlowSpec;

/**
 * Large-neighbourhood search for problems too large to solve whole in the time: keep a plan, free a neighbourhood of
 * components (all those at one place or, every other step, some in one zone; their flow partners; some at random),
 * pin every other component to its nodes, and let CP-SAT re-place the free ones on the pool model of what is left
 * (nodes partly taken by pinned components are pools of their own, with their residual room and already paid for).
 * A better plan replaces the current one. The neighbourhood grows while CP-SAT proves its sub-problems quickly and
 * shrinks when it does not.
 */
final class Lns {

	private static final int SMALLEST = 15;
	private static final int LARGEST = 200;
	/** Whether the search starts with one step over every component towards the relaxation's zones. */
	private static final boolean GUIDED_START = Boolean
			.parseBoolean(System.getProperty("allstar.plan.guidedStart", "false"));
	/** Seconds the first, guided step over every component may take. */
	private static final double GUIDED_START_SECONDS = 8;
	/** Seconds one sub-problem may take. */
	private static final double STEP_SECONDS = 2.0;
	/**
	 * Whether a place neighbourhood frees every component at its place (up to {@link #LARGEST}), not just up to half
	 * its size; allstar.plan.wholePlace=false gives the earlier neighbourhoods, for comparison runs.
	 */
	private static final boolean WHOLE_PLACE = Boolean
			.parseBoolean(System.getProperty("allstar.plan.wholePlace", "true"));

	private final Problem problem;
	private final Objective objective;
	private final long[] nodeCost;
	private final CpSatPlanner.SolverRun solverRun;
	private final Map<Link, Rational> limitedLinks;
	private final Consumer<Progress> progress;
	private final Random random;
	private final List<List<Integer>> partners = new ArrayList<>();
	/** The zone of each place ({@link CpSatPlanner#zonesOf}): Edge sites within 1 ms of each other. */
	private final int[] zoneOf;
	/** Steps taken; odd steps free a zone, even ones a place. */
	private int steps;
	/** Places the place steps have tried since every used place had its turn. */
	private final Set<Integer> triedPlaces = new java.util.HashSet<>();
	/** The zone relaxation's zone for each component, or null without one. */
	private int[] guide;

	/**
	 * The components to re-place and the places they may use; with {@code towardsGuide}, each may also use its own
	 * place and the places of the zone the relaxation gives it.
	 */
	record Neighbourhood(String kind, Set<Integer> free, boolean[] places, boolean towardsGuide) {
	}

	Lns(Problem problem, Objective objective, long[] nodeCost, CpSatPlanner.SolverRun solverRun,
			Map<Link, Rational> limitedLinks, Consumer<Progress> progress, long seed) {
		this.random = new Random(seed);
		this.problem = problem;
		this.objective = objective;
		this.nodeCost = nodeCost;
		this.solverRun = solverRun;
		this.limitedLinks = limitedLinks;
		this.progress = progress;
		for (int c = 0; c < problem.componentCount(); c++) {
			partners.add(new ArrayList<>());
		}
		for (FlowSpec flow : problem.flows) {
			partners.get(flow.from()).add(flow.to());
			partners.get(flow.to()).add(flow.from());
		}
		zoneOf = CpSatPlanner.zonesOf(problem);
	}

	/**
	 * Lets zone neighbourhoods follow the zone relaxation's solution ({@code zoneOfComponent}, null for none): they
	 * start from a component the relaxation puts in another zone than the plan does and free what the plan and the
	 * relaxation put in that zone.
	 */
	Lns guidedBy(int[] zoneOfComponent) {
		this.guide = zoneOfComponent;
		return this;
	}

	/**
	 * Improves {@code start} until {@code deadline} (System.nanoTime) or until {@code stop} says so; reports each
	 * better plan with {@code bound} (points) and the seconds since {@code origin}.
	 */
	int[][] improve(int[][] start, long deadline, double bound, long origin, java.util.function.BooleanSupplier stop) {
		int[][] best = start;
		long bestValue = Evaluation.weighted(problem, objective, best);
		int size = 40;
		boolean guidedStart = guide != null && GUIDED_START;
		while (!stop.getAsBoolean() && deadline - System.nanoTime() > 300_000_000L) {
			Neighbourhood neighbourhood = guidedStart ? everyComponentTowardsTheGuide(best)
					: steps++ % 2 == 0 ? atOnePlace(best, size) : inOneZone(best, size);
			Set<Integer> free = neighbourhood.free();
			// building a sub-model takes about as long as solving it: leave room for both before the deadline
			double seconds = Math.min(guidedStart ? GUIDED_START_SECONDS : STEP_SECONDS,
					(deadline - System.nanoTime()) / 2e9);
			long stepStart = System.nanoTime();
			Stages.Result result = step(best, neighbourhood, seconds);
			double took = (System.nanoTime() - stepStart) / 1e9;
			if (result.assignment() != null) {
				long value = Evaluation.weighted(problem, objective, result.assignment());
				if (value < bestValue && Evaluation.overloadedLinks(problem, result.assignment()).keySet().stream()
						.allMatch(limitedLinks::containsKey)) {
					best = result.assignment();
					bestValue = value;
					progress.accept(new Progress("solve", (System.nanoTime() - origin) / 1e9, value / NodeCosts.SCALE,
							bound));
				}
			}
			if (Boolean.getBoolean("allstar.plan.debug")) {
				System.err.printf(java.util.Locale.ROOT, "lns %s: %d free, %s in %.2f s, value %s, best %.3f%n",
						neighbourhood.kind(), free.size(), result.status(), took, result.assignment() == null ? "-"
								: Evaluation.weighted(problem, objective, result.assignment()) / NodeCosts.SCALE,
						bestValue / NodeCosts.SCALE);
			}
			if (guidedStart) {
				guidedStart = false;
				continue;
			}
			if (free.size() > size) {
				continue; // a whole place, larger than the size asked: says nothing about the size that suits
			}
			boolean quick = result.status() == com.google.ortools.sat.CpSolverStatus.OPTIMAL && took < seconds / 2;
			size = Math.max(SMALLEST, Math.min(LARGEST, quick ? size * 5 / 4 : size * 4 / 5));
		}
		return best;
	}

	private Stages.Result step(int[][] plan, Neighbourhood neighbourhood, double seconds) {
		Set<Integer> free = neighbourhood.free();
		int[][] domains = new int[problem.componentCount()][];
		boolean[] pinned = new boolean[problem.nodeCount()];
		boolean[] placesOfFree = neighbourhood.places();
		for (int c = 0; c < domains.length; c++) {
			if (free.contains(c) && neighbourhood.towardsGuide()) {
				int own = problem.placeOf[plan[c][0]];
				int zone = guide[c];
				domains[c] = Arrays.stream(problem.domain[c]).filter(n -> placesOfFree[problem.placeOf[n]]
						|| problem.placeOf[n] == own || zoneOf[problem.placeOf[n]] == zone).toArray();
			} else if (free.contains(c)) {
				domains[c] = nodesAt(problem.domain[c], placesOfFree, problem);
			} else {
				domains[c] = plan[c].clone();
				Arrays.sort(domains[c]);
				for (int n : plan[c]) {
					pinned[n] = true;
				}
			}
		}
		long t0 = System.nanoTime();
		Problem sub = problem.withDomains(domains);
		PlacementModel model = new PlacementModel(sub, Pools.identical(sub, pinned), PlacementModel.places(sub, true),
				false);
		limitedLinks.forEach(model::limit);
		if (Boolean.getBoolean("allstar.plan.debug")) {
			System.err.printf(java.util.Locale.ROOT, "lns build %.2f s, %d vars%n", (System.nanoTime() - t0) / 1e9,
					model.model.getBuilder().getVariablesCount());
		}
		Stages stages = new Stages(model, solverRun, nodeCost);
		stages.add("lns", model.weighted(nodeCost, NodeCosts.perMicrosecond(objective)), NodeCosts.SCALE);
		return stages.run(plan, () -> seconds);
	}

	/** The places where the free components run now. */
	private boolean[] placesOf(int[][] plan, Set<Integer> free) {
		boolean[] places = new boolean[problem.placeCount()];
		for (int c : free) {
			places[problem.placeOf[plan[c][0]]] = true;
		}
		return places;
	}

	/**
	 * A free component may move only among the places the neighbourhood runs at now. The sub-model is then a few
	 * thousand variables instead of every pool of the whole domain (500 × 5,000: 10,000–16,000 for 20–40 free
	 * components), so CP-SAT solves neighbourhoods of 100+ components in under 2 s and can merge what several places
	 * hold onto fewer, cheaper nodes; the current plan stays a solution (every component's own place is kept).
	 */
	static int[] nodesAt(int[] domain, boolean[] places, Problem problem) {
		return Arrays.stream(domain).filter(n -> places[problem.placeOf[n]]).toArray();
	}

	/** Every component, each free to stay at its place or to move into the zone the relaxation gives it. */
	private Neighbourhood everyComponentTowardsTheGuide(int[][] plan) {
		Set<Integer> all = new LinkedHashSet<>();
		for (int c = 0; c < plan.length; c++) {
			all.add(c);
		}
		return new Neighbourhood("guide", all, new boolean[problem.placeCount()], true);
	}

	/**
	 * Every component at one used place, each in turn, dearest first (when that is not most of the problem), their
	 * flow partners and a few at random: at least {@code size} in all. A place is left, and its dearer nodes given up, only when everything there may move
	 * at once: at 500 × 5,000 (price) the search stalled 2.4–2.7 % above the bound in about half the runs until it
	 * freed a whole cloud region's 60 components in one step (about 520 EUR a month less; benchmarks.md).
	 */
	Neighbourhood atOnePlace(int[][] plan, int size) {
		int place = WHOLE_PLACE ? dearestUntriedPlace(plan) : problem.placeOf[plan[random.nextInt(plan.length)][0]];
		List<Integer> there = at(plan, c -> problem.placeOf[plan[c][0]] == place);
		if (Boolean.getBoolean("allstar.plan.debug")) {
			System.err.printf("lns place %s (%s): %d components there%n", problem.places.get(place).getName(),
					problem.places.get(place).getKind(), there.size());
		}
		// half of a neighbourhood comes from its place: twice the place's components frees them all; not where that
		// is most of the problem (200 × 2,000 has places with 90 of its 200 components: such steps ran out of time)
		int whole = there.size() * 2;
		int wanted = WHOLE_PLACE && whole <= Math.min(LARGEST, plan.length / 2) ? Math.max(size, whole) : size;
		Set<Integer> free = withPartnersAndRandom(plan, there, wanted);
		return new Neighbourhood("place", free, placesOf(plan, free), false);
	}

	/**
	 * The used place that costs the plan most (its used nodes' weighted costs) among those no place step has tried
	 * since every used place had its turn. In turn rather than at random: a place picked by a random component's place
	 * came up in proportion to its components, and the one step that saved most (a whole cloud region) came too late
	 * in some runs.
	 */
	int dearestUntriedPlace(int[][] plan) {
		long[] spend = new long[problem.placeCount()];
		boolean[] used = new boolean[problem.nodeCount()];
		for (int[] nodes : plan) {
			for (int n : nodes) {
				if (!used[n]) {
					used[n] = true;
					spend[problem.placeOf[n]] += nodeCost[n];
				}
			}
		}
		int dearest = -1;
		for (int round = 0; round < 2 && dearest < 0; round++) {
			for (int p = 0; p < spend.length; p++) {
				if (spend[p] > 0 && !triedPlaces.contains(p) && (dearest < 0 || spend[p] > spend[dearest])) {
					dearest = p;
				}
			}
			if (dearest < 0) {
				triedPlaces.clear();
			}
		}
		triedPlaces.add(dearest);
		return dearest;
	}

	/**
	 * Components in a random used zone (Edge sites within 1 ms), their flow partners and a few at random, free to use
	 * every place of that zone too. A zone's sites offer the same kinds of node, and the zone relaxation prices each
	 * kind at the zone's cheapest (the benchmark's providers price at 0.9–1.1 times a base): this is the move towards
	 * its bound, from dearer sites of a zone onto the cheapest one's nodes, which a place neighbourhood makes only when
	 * some free component already runs at the cheaper site.
	 */
	Neighbourhood inOneZone(int[][] plan, int size) {
		int zone = guide == null ? zoneOf[problem.placeOf[plan[random.nextInt(plan.length)][0]]] : guidedZone(plan);
		Set<Integer> free = withPartnersAndRandom(plan, at(plan, c -> zoneOf[problem.placeOf[plan[c][0]]] == zone
				|| guide != null && guide[c] == zone), size);
		boolean[] places = placesOf(plan, free);
		for (int p = 0; p < places.length; p++) {
			places[p] |= zoneOf[p] == zone;
		}
		return new Neighbourhood("zone", free, places, guide != null);
	}

	/** The relaxation's zone for a random component that the plan has elsewhere (any, when none is). */
	private int guidedZone(int[][] plan) {
		List<Integer> elsewhere = at(plan, c -> zoneOf[problem.placeOf[plan[c][0]]] != guide[c]);
		int c = elsewhere.isEmpty() ? random.nextInt(plan.length) : elsewhere.get(0);
		return guide[c];
	}

	/** The components that {@code which} accepts, shuffled. */
	private List<Integer> at(int[][] plan, java.util.function.IntPredicate which) {
		List<Integer> here = new ArrayList<>();
		for (int c = 0; c < plan.length; c++) {
			if (which.test(c)) {
				here.add(c);
			}
		}
		java.util.Collections.shuffle(here, random);
		return here;
	}

	/** Up to half of {@code size} from {@code here}, their flow partners up to three quarters, random ones to the size. */
	private Set<Integer> withPartnersAndRandom(int[][] plan, List<Integer> here, int size) {
		Set<Integer> free = new LinkedHashSet<>();
		for (int c : here) {
			if (free.size() < size / 2) {
				free.add(c);
			}
		}
		for (int c : List.copyOf(free)) {
			for (int partner : partners.get(c)) {
				if (free.size() < size * 3 / 4) {
					free.add(partner);
				}
			}
		}
		while (free.size() < Math.min(size, plan.length)) {
			free.add(random.nextInt(plan.length));
		}
		return free;
	}
}

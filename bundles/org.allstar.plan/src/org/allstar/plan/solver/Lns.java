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
 * components (those at one place, their flow partners, some at random), pin every other component to its nodes, and
 * let CP-SAT re-place the free ones on the pool model of what is left (nodes partly taken by pinned components are
 * pools of their own, with their residual room and already paid for). A better plan replaces the current one. The
 * neighbourhood grows while CP-SAT proves its sub-problems quickly and shrinks when it does not.
 */
final class Lns {

	private static final int SMALLEST = 15;
	private static final int LARGEST = 200;
	/** Seconds one sub-problem may take. */
	private static final double STEP_SECONDS = 2.0;

	private final Problem problem;
	private final Objective objective;
	private final long[] nodeCost;
	private final CpSatPlanner.SolverRun solverRun;
	private final Map<Link, Rational> limitedLinks;
	private final Consumer<Progress> progress;
	private final Random random;
	private final List<List<Integer>> partners = new ArrayList<>();

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
	}

	/**
	 * Improves {@code start} until {@code deadline} (System.nanoTime) or until {@code stop} says so; reports each
	 * better plan with {@code bound} (points) and the seconds since {@code origin}.
	 */
	int[][] improve(int[][] start, long deadline, double bound, long origin, java.util.function.BooleanSupplier stop) {
		int[][] best = start;
		long bestValue = Evaluation.weighted(problem, objective, best);
		int size = 40;
		while (!stop.getAsBoolean() && deadline - System.nanoTime() > 300_000_000L) {
			Set<Integer> free = neighbourhood(best, size);
			// building a sub-model takes about as long as solving it: leave room for both before the deadline
			double seconds = Math.min(STEP_SECONDS, (deadline - System.nanoTime()) / 2e9);
			long stepStart = System.nanoTime();
			Stages.Result result = step(best, free, seconds);
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
				System.err.printf(java.util.Locale.ROOT, "lns: %d free, %s in %.2f s, value %s, best %.3f%n", free.size(),
						result.status(), took, result.assignment() == null ? "-"
								: Evaluation.weighted(problem, objective, result.assignment()) / NodeCosts.SCALE,
						bestValue / NodeCosts.SCALE);
			}
			boolean quick = result.status() == com.google.ortools.sat.CpSolverStatus.OPTIMAL && took < seconds / 2;
			size = Math.max(SMALLEST, Math.min(LARGEST, quick ? size * 5 / 4 : size * 4 / 5));
		}
		return best;
	}

	private Stages.Result step(int[][] plan, Set<Integer> free, double seconds) {
		int[][] domains = new int[problem.componentCount()][];
		boolean[] pinned = new boolean[problem.nodeCount()];
		boolean[] placesOfFree = placesOf(plan, free);
		for (int c = 0; c < domains.length; c++) {
			if (free.contains(c)) {
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

	/** Components at a random used place, their flow partners, and a few at random, up to {@code size}. */
	private Set<Integer> neighbourhood(int[][] plan, int size) {
		Set<Integer> free = new LinkedHashSet<>();
		int seed = random.nextInt(plan.length);
		int place = problem.placeOf[plan[seed][0]];
		List<Integer> here = new ArrayList<>();
		for (int c = 0; c < plan.length; c++) {
			if (problem.placeOf[plan[c][0]] == place) {
				here.add(c);
			}
		}
		java.util.Collections.shuffle(here, random);
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

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.allstar.model.Link;
import org.allstar.model.quantity.Rational;
import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.Problem.FlowSpec;
import org.allstar.plan.problem.Problem.PathSpec;

/** A plan's numbers computed from the plan itself ([component] → node indexes), in the solver's whole units. */
public final class Evaluation {

	private Evaluation() {
	}

	/** The weighted objective in micro-points. */
	static long weighted(Problem problem, Objective objective, int[][] plan) {
		long[] cost = NodeCosts.weighted(problem, objective);
		long total = 0;
		for (int n : usedNodes(plan)) {
			total += cost[n];
		}
		return total + NodeCosts.perMicrosecond(objective) * latencyMicros(problem, plan);
	}

	/** One term alone: milli-EUR per month, µs, mW or millionths of risk. */
	static long term(Problem problem, Term term, int[][] plan) {
		if (term == Term.LATENCY) {
			return latencyMicros(problem, plan);
		}
		long[] values = NodeCosts.term(problem, term);
		long total = 0;
		for (int n : usedNodes(plan)) {
			total += values[n];
		}
		return total;
	}

	/** Every node the plan uses, once. */
	public static Set<Integer> usedNodes(int[][] plan) {
		Set<Integer> used = new HashSet<>();
		for (int[] nodes : plan) {
			for (int n : nodes) {
				used.add(n);
			}
		}
		return used;
	}

	/** The latency term: end-to-end paths, or every flow where there are none. */
	static long latencyMicros(Problem problem, int[][] plan) {
		long total = 0;
		if (problem.endToEnd.isEmpty()) {
			for (FlowSpec flow : problem.flows) {
				total += Math.max(0, problem.latencyMicros(placeOf(problem, plan, flow.from()), placeOf(problem, plan,
						flow.to())));
			}
		} else {
			for (PathSpec path : problem.endToEnd) {
				int[] c = path.components();
				for (int i = 0; i + 1 < c.length; i++) {
					total += Math.max(0, problem.latencyMicros(placeOf(problem, plan, c[i]), placeOf(problem, plan,
							c[i + 1])));
				}
			}
		}
		return total;
	}

	/** The latency term in exact ms. */
	public static Rational latencyMs(Problem problem, int[][] plan) {
		Rational total = Rational.ZERO;
		if (problem.endToEnd.isEmpty()) {
			for (FlowSpec flow : problem.flows) {
				total = total.add(latency(problem, plan, flow.from(), flow.to()));
			}
		} else {
			for (PathSpec path : problem.endToEnd) {
				int[] c = path.components();
				for (int i = 0; i + 1 < c.length; i++) {
					total = total.add(latency(problem, plan, c[i], c[i + 1]));
				}
			}
		}
		return total;
	}

	private static Rational latency(Problem problem, int[][] plan, int a, int b) {
		Rational ms = problem.latency[placeOf(problem, plan, a)][placeOf(problem, plan, b)];
		return ms == null ? Rational.ZERO : ms;
	}

	private static int placeOf(Problem problem, int[][] plan, int component) {
		return problem.placeOf[plan[component][0]];
	}

	/** Links whose routed flows need more than the link's bandwidth, with that bandwidth in Mbps. */
	static Map<Link, Rational> overloadedLinks(Problem problem, int[][] plan) {
		Map<Link, Rational> load = new LinkedHashMap<>();
		for (FlowSpec flow : problem.flows) {
			if (flow.mbps() == null) {
				continue;
			}
			var path = problem.paths[placeOf(problem, plan, flow.from())][placeOf(problem, plan, flow.to())];
			if (path != null) {
				path.links().forEach(link -> load.merge(link, flow.mbps(), Rational::add));
			}
		}
		Map<Link, Rational> over = new LinkedHashMap<>();
		load.forEach((link, needed) -> CpSatPlanner.bandwidthOf(link).filter(capacity -> needed.compareTo(capacity) > 0)
				.ifPresent(capacity -> over.put(link, capacity)));
		return over;
	}

	/**
	 * Whether a plan that fits the nodes also keeps the requirements on the whole plan: end-to-end paths, budget and
	 * energy budget (the greedy plan does not look at them). Availability is not checked here: plans of
	 * applications that ask for one come from the model.
	 */
	static boolean meetsPlanRequirements(Problem problem, int[][] plan) {
		if (problem.minimumAvailability != null || !Packer.keepsEndToEnd(problem, plan)) {
			return false;
		}
		Rational price = Rational.ZERO;
		Rational power = Rational.ZERO;
		for (int n : usedNodes(plan)) {
			price = price.add(Rational.of(problem.price[n], 1000));
			power = power.add(Rational.of(problem.power[n], 1000));
		}
		return (problem.budget == null || price.compareTo(problem.budget) <= 0)
				&& (problem.energyBudget == null || power.compareTo(problem.energyBudget) <= 0);
	}

	/** Replicas of the plan not on a node of the current deployment. */
	static int migrations(Problem problem, int[][] current, int[][] plan) {
		int moved = 0;
		for (int c = 0; c < plan.length; c++) {
			Set<Integer> before = new HashSet<>();
			for (int n : current[c]) {
				before.add(n);
			}
			for (int n : plan[c]) {
				if (!before.contains(n)) {
					moved++;
				}
			}
		}
		return moved;
	}
}

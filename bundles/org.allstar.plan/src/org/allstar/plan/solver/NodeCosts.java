// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.plan.problem.Problem;

/**
 * The objective in whole solver units (micro-points): what using a node adds (its price, power and risk, weighted)
 * and what a µs of latency adds. The parts are kept apart too, for lexicographic objectives and for the report.
 */
final class NodeCosts {

	/** Units per point: weights like 0.1 per ms still give whole coefficients. */
	static final double SCALE = 1_000_000;

	private NodeCosts() {
	}

	/** [node] what using it adds to the weighted objective. */
	static long[] weighted(Problem problem, Objective objective) {
		long[] cost = new long[problem.nodeCount()];
		for (int n = 0; n < cost.length; n++) {
			double points = objective.weight(Term.PRICE) * problem.price[n] / 1000.0
					+ objective.weight(Term.ENERGY) * problem.power[n] / 1000.0
					+ objective.weight(Term.RISK) * risk(problem, n);
			cost[n] = Math.round(points * SCALE);
		}
		return cost;
	}

	/** What a µs of latency adds to the weighted objective. */
	static long perMicrosecond(Objective objective) {
		return Math.round(objective.weight(Term.LATENCY) * SCALE / 1000);
	}

	/** [node] the node's share of one term alone, in that term's whole units (milli-EUR, mW, millionths of risk). */
	static long[] term(Problem problem, Term term) {
		long[] values = new long[problem.nodeCount()];
		for (int n = 0; n < values.length; n++) {
			values[n] = switch (term) {
			case PRICE -> problem.price[n];
			case ENERGY -> problem.power[n];
			case RISK -> Math.round(risk(problem, n) * 1_000_000);
			case LATENCY -> 0;
			};
		}
		return values;
	}

	/** 1 − reputation, or 0 where the reputation is unknown (the report says it was not counted). */
	static double risk(Problem problem, int node) {
		return Double.isNaN(problem.risk[node]) ? 0 : problem.risk[node];
	}
}

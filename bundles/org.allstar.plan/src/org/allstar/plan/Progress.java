// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.util.Locale;

/**
 * Where a planning run stands, reported on every better plan and better bound.
 *
 * @param phase     what runs: "greedy" (the warm start), "pool" (the model over pools of interchangeable nodes:
 *                  its objective is that of a relaxation until the counts are packed onto nodes), "solve" (a plan
 *                  on nodes), "replan", a lexicographic term ("latency", ...), "explain"
 * @param seconds   since the run started
 * @param objective of the best plan so far, NaN before the first
 * @param bound     the best proven bound, NaN when not known
 */
public record Progress(String phase, double seconds, double objective, double bound) {

	/** "solve 3.2 s: objective 1234.56, bound 1200.00, gap 2.8 %", for a progress line. */
	@Override
	public String toString() {
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %.1f s", phase, seconds));
		if (!Double.isNaN(objective)) {
			line.append(String.format(Locale.ROOT, ": objective %.2f", objective));
			if (!Double.isNaN(bound)) {
				line.append(String.format(Locale.ROOT, ", bound %.2f, gap %.2f %%", bound, 100 * Plan.gap(objective, bound)));
			}
		}
		return line.toString();
	}
}

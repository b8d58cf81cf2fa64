// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allstar.model.Component;
import org.allstar.model.Node;
import org.allstar.model.quantity.Rational;
import org.allstar.verify.Finding;

/**
 * The outcome of a planning run: the placement (when there is one), what it costs in each part of the objective, how
 * close to the best possible it is proven to be, and otherwise the requirements that conflict.
 *
 * @param placements     each component's nodes, in the application's order (empty without a plan)
 * @param objectiveValue the (last) objective in points, NaN without a plan
 * @param bound          the best proven bound in the same points, NaN when none is known
 * @param migrations     replicas moved from the current deployment when re-planning, else -1
 * @param verifierErrors what the verifier says against the plan: empty, unless the planner has a bug
 * @param greedy         the first-fit-decreasing baseline of the same run
 * @param notes          what the user should know about how the numbers were made
 */
public record Plan(PlanStatus status, Objective objective, Map<Component, List<Node>> placements, Parts parts,
		double objectiveValue, double bound, double seconds, int migrations, List<Conflict> conflicts,
		List<Finding> verifierErrors, Baseline greedy, List<String> notes) {

	/**
	 * The parts of the objective for this plan, exactly as the verifier counts them: price and power of every node
	 * used (once per node), the latency term (see {@link Objective}) and the risk summed over nodes used (NaN when
	 * no provider's reputation is known).
	 */
	public record Parts(Rational pricePerMonth, Rational latencyMs, Rational powerW, double risk) {
	}

	/**
	 * The greedy baseline: its objective in points (NaN when it found no placement), its time, and the verifier
	 * errors of its placement (it ignores budgets, end-to-end paths and availability, so it may break them).
	 */
	public record Baseline(double objectiveValue, double seconds, List<String> errors) {
	}

	public Plan {
		placements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(placements));
		conflicts = List.copyOf(conflicts);
		verifierErrors = List.copyOf(verifierErrors);
		notes = List.copyOf(notes);
	}

	/** (objective − bound) / objective, 0 when they meet; NaN when either is unknown. */
	public double gap() {
		return gap(objectiveValue, bound);
	}

	static double gap(double objective, double bound) {
		if (Double.isNaN(objective) || Double.isNaN(bound)) {
			return Double.NaN;
		}
		if (objective <= bound || objective == 0) {
			return 0;
		}
		return (objective - bound) / Math.abs(objective);
	}

	/** The report, one line each: status, parts, optimality, baseline, conflicts, notes. */
	public List<String> report() {
		List<String> lines = new ArrayList<>();
		lines.add("status: " + status.name().toLowerCase(Locale.ROOT) + " (" + String.format(Locale.ROOT, "%.2f",
				seconds) + " s, objective " + objective + ")");
		if (status.hasPlan()) {
			lines.add(String.format(Locale.ROOT, "objective: %.3f", objectiveValue) + (Double.isNaN(bound) ? ""
					: String.format(Locale.ROOT, ", best bound %.3f, gap %.3f %%", bound, 100 * gap())));
			lines.add("price: " + decimal(parts.pricePerMonth()) + " EUR/month");
			lines.add("latency: " + decimal(parts.latencyMs()) + " ms");
			lines.add("energy: " + decimal(parts.powerW()) + " W");
			lines.add("risk: " + (Double.isNaN(parts.risk()) ? "not counted (no provider reputation known)"
					: String.format(Locale.ROOT, "%.4f", parts.risk())));
			if (migrations >= 0) {
				lines.add("migrations: " + migrations + " replica(s) moved");
			}
			if (!Double.isNaN(greedy.objectiveValue())) {
				lines.add(String.format(Locale.ROOT, "greedy baseline: objective %.3f in %.3f s (%.3f × this plan)",
						greedy.objectiveValue(), greedy.seconds(), greedy.objectiveValue() / objectiveValue)
						+ (greedy.errors().isEmpty() ? "" : "; not a valid plan: " + greedy.errors().get(0)
								+ (greedy.errors().size() > 1 ? " (and " + (greedy.errors().size() - 1) + " more)" : "")));
			}
		}
		conflicts.forEach(conflict -> lines.add("conflict: " + conflict));
		verifierErrors.forEach(finding -> lines.add("verifier: " + finding.message()));
		notes.forEach(note -> lines.add("note: " + note));
		return lines;
	}

	static String decimal(Rational value) {
		return value.toBigDecimal(new MathContext(8)).setScale(Math.max(0, Math.min(3,
				value.toBigDecimal(new MathContext(8)).scale())), java.math.RoundingMode.HALF_UP).toPlainString();
	}
}

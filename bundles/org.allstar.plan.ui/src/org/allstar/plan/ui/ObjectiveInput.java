// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.util.EnumMap;
import java.util.Map;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;

/**
 * What the objective fields of the plan wizard hold, as typed: a weight per term, or an order of terms for the
 * lexicographic objective ("latency>price", the syntax of {@code allstar plan --objective}). Display-free, so the
 * checks are tested without a workbench.
 */
public record ObjectiveInput(Map<Term, String> weights, boolean lexicographic, String order) {

	public ObjectiveInput {
		weights = Map.copyOf(weights);
	}

	/** The fields for an objective (the preference's, or the planner's default). */
	public static ObjectiveInput of(Objective objective) {
		Map<Term, String> weights = new EnumMap<>(Term.class);
		for (Term term : Term.values()) {
			double weight = objective.weight(term);
			weights.put(term, weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight));
		}
		return new ObjectiveInput(weights, objective.lexicographic(), objective.lexicographic() ? objective.toString()
				.replace(" ", "") : "latency>price");
	}

	/**
	 * The objective; throws IllegalArgumentException with a message for the page (a weight that is not a number,
	 * negative, all weights 0, an unknown term in the order).
	 */
	public Objective objective() {
		if (lexicographic) {
			if (order == null || order.isBlank()) {
				throw new IllegalArgumentException("Name the terms in order, e.g. latency>price.");
			}
			return Objective.parse(order.trim()); // one term alone is that term's weight only
		}
		Map<Term, Double> parsed = new EnumMap<>(Term.class);
		for (Term term : Term.values()) {
			String text = weights.getOrDefault(term, "").trim();
			double weight;
			try {
				weight = text.isEmpty() ? 0 : Double.parseDouble(text);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("The weight of " + term.word() + " ('" + text + "') is not a number.");
			}
			if (weight < 0 || !Double.isFinite(weight)) {
				throw new IllegalArgumentException("The weight of " + term.word() + " must be 0 or more.");
			}
			parsed.put(term, weight);
		}
		if (parsed.values().stream().allMatch(w -> w == 0)) {
			throw new IllegalArgumentException("Give at least one term a weight above 0.");
		}
		return new Objective(parsed, java.util.List.of());
	}
}

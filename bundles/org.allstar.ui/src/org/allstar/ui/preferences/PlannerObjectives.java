// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;

/**
 * Between the planner page's fields (a weight per term, or an order of terms) and the objective text of
 * {@code allstar plan --objective}: every text made here is checked by {@link Objective#parse}, the planner's own
 * parser, so the page never stores an objective the planner would refuse.
 */
public final class PlannerObjectives {
	private PlannerObjectives() {
	}

	/** The weighted-sum objective of these weights (as typed); IllegalArgumentException says what is wrong. */
	public static String weighted(Map<Term, String> weights) {
		StringJoiner text = new StringJoiner(",");
		for (Term term : Term.values()) {
			String weight = weights.getOrDefault(term, "").strip();
			text.add(term.word() + "=" + (weight.isEmpty() ? "0" : weight));
		}
		Objective objective = Objective.parse(text.toString());
		if (objective.weights().values().stream().allMatch(w -> w == 0)) {
			throw new IllegalArgumentException("give at least one of price, latency, energy and risk a weight above 0");
		}
		return objective.toString();
	}

	/** The lexicographic objective "a>b>..." (at least two terms, each once). */
	public static String lexicographic(String order) {
		if (!order.contains(">")) {
			throw new IllegalArgumentException("name at least two terms in order, most important first, e.g. latency>price");
		}
		return Objective.parse(order.strip()).toString().replace(" ", "");
	}

	/** The stored objective, or the planner's default. */
	public static Objective current() {
		return StudioPreferences.plannerObjective().map(PlannerObjectives::parseOrDefault).orElse(Objective.DEFAULT);
	}

	/** The weights of {@code objective} as the page shows them. */
	public static Map<Term, String> weightTexts(Objective objective) {
		Map<Term, String> texts = new EnumMap<>(Term.class);
		Objective weights = objective.lexicographic() ? Objective.DEFAULT : objective;
		for (Term term : Term.values()) {
			double value = weights.weight(term);
			texts.put(term, value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
		}
		return texts;
	}

	private static Objective parseOrDefault(String text) {
		try {
			return Objective.parse(text);
		} catch (IllegalArgumentException e) {
			return Objective.DEFAULT; // a hand-edited preference file: show the defaults, the page rewrites it
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the planner minimises: a weighted sum of price (per EUR/month), latency (per ms), energy (per W) and risk
 * (per unit of 1 − provider reputation, summed over the nodes used), or the terms one after another (lexicographic:
 * "latency>price" is the cheapest plan among the fastest).
 * <p>
 * The latency term is the summed latency of the application's end-to-end requirement paths, or of every flow when
 * the application states no end-to-end requirement.
 */
public record Objective(Map<Term, Double> weights, List<Term> order) {

	public enum Term {
		PRICE("price", "EUR/month"), LATENCY("latency", "ms"), ENERGY("energy", "W"), RISK("risk", "");

		private final String word;
		private final String unit;

		Term(String word, String unit) {
			this.word = word;
			this.unit = unit;
		}

		public String word() {
			return word;
		}

		public String unit() {
			return unit;
		}

		static Term of(String word) {
			for (Term term : values()) {
				if (term.word.equals(word.trim().toLowerCase(Locale.ROOT))) {
					return term;
				}
			}
			throw new IllegalArgumentException("unknown objective term '" + word.trim()
					+ "'; use price, latency, energy or risk");
		}
	}

	/**
	 * The defaults: 1 per EUR/month, 1 per ms, 0.2 per W (about what a watt costs in a month of electricity) and 100
	 * per unit of risk, so an unreliable provider must be a lot cheaper to be chosen.
	 */
	public static final Objective DEFAULT = new Objective(
			Map.of(Term.PRICE, 1.0, Term.LATENCY, 1.0, Term.ENERGY, 0.2, Term.RISK, 100.0), List.of());

	public Objective {
		weights = Map.copyOf(weights);
		order = List.copyOf(order);
	}

	/** Whether the terms are minimised one after another rather than summed. */
	public boolean lexicographic() {
		return !order.isEmpty();
	}

	public double weight(Term term) {
		return weights.getOrDefault(term, 0.0);
	}

	/**
	 * Parses "price=1,latency=0.5" (weights; unnamed terms weigh 0), "price" (that term alone) or "latency>price"
	 * (lexicographic). Throws IllegalArgumentException with the reason.
	 */
	public static Objective parse(String text) {
		if (text.contains(">")) {
			List<Term> order = new ArrayList<>();
			for (String word : text.split(">")) {
				Term term = Term.of(word);
				if (order.contains(term)) {
					throw new IllegalArgumentException("objective term '" + term.word + "' appears twice");
				}
				order.add(term);
			}
			Map<Term, Double> weights = new EnumMap<>(Term.class);
			order.forEach(term -> weights.put(term, 1.0));
			return new Objective(weights, order);
		}
		Map<Term, Double> weights = new EnumMap<>(Term.class);
		for (String part : text.split(",")) {
			String[] pair = part.split("=", 2);
			double weight = 1.0;
			if (pair.length == 2) {
				try {
					weight = Double.parseDouble(pair[1].trim());
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("weight '" + pair[1].trim() + "' of " + pair[0].trim()
							+ " is not a number");
				}
				if (weight < 0 || !Double.isFinite(weight)) {
					throw new IllegalArgumentException("weight of " + pair[0].trim() + " must be 0 or more");
				}
			}
			weights.put(Term.of(pair[0]), weight);
		}
		return new Objective(weights, List.of());
	}

	@Override
	public String toString() {
		if (lexicographic()) {
			return String.join(" > ", order.stream().map(Term::word).toList());
		}
		List<String> parts = new ArrayList<>();
		for (Term term : Term.values()) {
			if (weight(term) != 0) {
				parts.add(term.word + "=" + stripped(weight(term)));
			}
		}
		return String.join(",", parts);
	}

	private static String stripped(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}

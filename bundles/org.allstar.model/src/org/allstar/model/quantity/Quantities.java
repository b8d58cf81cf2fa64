// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity;

import java.util.Optional;

import org.allstar.model.AllstarFactory;
import org.allstar.model.Quantity;

/** Exact arithmetic on the {@link Quantity} values of a model. */
public final class Quantities {

	private Quantities() {
	}

	/** The unit of a quantity, empty when its symbol is unknown (the validator reports that at its location). */
	public static Optional<Unit> unitOf(Quantity quantity) {
		return quantity == null ? Optional.empty() : Unit.bySymbol(quantity.getUnit());
	}

	/**
	 * The exact value of {@code quantity} in {@code target}; empty for a missing quantity or value, an unknown unit
	 * or a unit of another dimension (the validator reports those at their location, so consumers such as the
	 * verifier simply skip them).
	 */
	public static Optional<Rational> valueIn(Quantity quantity, Unit target) {
		if (quantity == null || quantity.getValue() == null) {
			return Optional.empty();
		}
		return unitOf(quantity).filter(unit -> unit.dimension() == target.dimension())
				.map(unit -> unit.convert(Rational.of(quantity.getValue()), target));
	}

	/**
	 * Compares two quantities of one dimension exactly (1 Gbps equals 1000 Mbps).
	 *
	 * @throws IncompatibleUnitsException when their dimensions differ
	 * @throws IllegalArgumentException when a unit is unknown
	 */
	public static int compare(Quantity left, Quantity right) {
		Unit leftUnit = unitOf(left).orElseThrow(() -> unknown(left));
		Unit rightUnit = unitOf(right).orElseThrow(() -> unknown(right));
		Rational leftValue = Rational.of(left.getValue());
		return leftUnit.convert(leftValue, rightUnit).compareTo(Rational.of(right.getValue()));
	}

	/** A new quantity; for tools (planner, importers) that write models. */
	public static Quantity create(java.math.BigDecimal value, Unit unit) {
		Quantity quantity = AllstarFactory.eINSTANCE.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit.symbol());
		return quantity;
	}

	/** "64 GB" as written. */
	public static String format(Quantity quantity) {
		return (quantity.getValue() == null ? "?" : quantity.getValue().toPlainString()) + " " + quantity.getUnit();
	}

	private static IllegalArgumentException unknown(Quantity quantity) {
		return new IllegalArgumentException("unknown unit '" + quantity.getUnit() + "'");
	}
}

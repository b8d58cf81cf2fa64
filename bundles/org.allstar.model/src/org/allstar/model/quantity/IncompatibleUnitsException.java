// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity;

/** Thrown when two quantities of different dimensions are compared or converted (never silently mixed). */
public class IncompatibleUnitsException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public IncompatibleUnitsException(Unit from, Unit to) {
		super("cannot convert " + from.symbol() + " (" + from.dimension().description() + ") to " + to.symbol() + " ("
				+ to.dimension().description() + ")");
	}
}

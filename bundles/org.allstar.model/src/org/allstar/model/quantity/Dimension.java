// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity;

/**
 * What a quantity measures. Two quantities can be compared or converted only within one dimension; money in EUR
 * and in ETH are separate dimensions because no exchange rate is part of a model.
 */
public enum Dimension {
	TIME("a time", "s"),
	DATA_RATE("a data rate", "bps"),
	DATA_SIZE("a data size", "B"),
	RATIO("a percentage", "%"),
	CPU("a CPU share", "cores"),
	MONEY("an amount of money", "EUR"),
	CRYPTO("an amount of ether", "ETH"),
	PRICE_RATE("a price per time", "EUR/h"),
	POWER("a power", "W"),
	REQUEST_RATE("a request rate", "rps");

	private final String description;
	private final String exampleUnit;

	Dimension(String description, String exampleUnit) {
		this.description = description;
		this.exampleUnit = exampleUnit;
	}

	/** For messages: "a data rate". */
	public String description() {
		return description;
	}

	/** A unit of this dimension to suggest in messages. */
	public String exampleUnit() {
		return exampleUnit;
	}
}

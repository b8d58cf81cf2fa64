// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

/** Metamodel names as words for messages: "DataClass" and "energyBudget" become "data class" and "energy budget". */
public final class Words {

	private Words() {
	}

	public static String of(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}
}

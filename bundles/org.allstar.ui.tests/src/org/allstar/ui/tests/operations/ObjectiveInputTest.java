// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.plan.ui.ObjectiveInput;
import org.junit.jupiter.api.Test;

/** The plan wizard's objective fields: prefilled from an objective, read back, and refused with a reason. */
class ObjectiveInputTest {

	@Test
	void theFieldsOfAnObjectiveGiveTheSameObjectiveBack() {
		Objective objective = Objective.parse("price=1,latency=0.5,risk=100");
		ObjectiveInput input = ObjectiveInput.of(objective);
		assertEquals("0.5", input.weights().get(Term.LATENCY));
		assertEquals("0", input.weights().get(Term.ENERGY));
		assertEquals(objective.weights().entrySet().stream().filter(e -> e.getValue() != 0)
				.sorted(Map.Entry.comparingByKey()).toList(),
				input.objective().weights().entrySet().stream().filter(e -> e.getValue() != 0)
						.sorted(Map.Entry.comparingByKey()).toList());
	}

	@Test
	void aLexicographicObjectiveKeepsItsOrder() {
		ObjectiveInput input = ObjectiveInput.of(Objective.parse("latency>price"));
		assertTrue(input.lexicographic());
		assertEquals(List.of(Term.LATENCY, Term.PRICE), input.objective().order());
	}

	@Test
	void aWeightThatIsNotANumberIsNamed() {
		ObjectiveInput input = new ObjectiveInput(Map.of(Term.PRICE, "cheap"), false, "");
		assertEquals("The weight of price ('cheap') is not a number.",
				assertThrows(IllegalArgumentException.class, input::objective).getMessage());
	}

	@Test
	void allWeightsZeroIsRefused() {
		ObjectiveInput input = new ObjectiveInput(Map.of(Term.PRICE, "0", Term.LATENCY, ""), false, "");
		assertThrows(IllegalArgumentException.class, input::objective);
	}

	@Test
	void anUnknownTermInTheOrderIsRefused() {
		ObjectiveInput input = new ObjectiveInput(Map.of(), true, "latency>speed");
		assertTrue(assertThrows(IllegalArgumentException.class, input::objective).getMessage().contains("speed"));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.ui.preferences.PlannerObjectives;
import org.junit.jupiter.api.Test;

/** The planner page's fields as the objective text the planner parses, and back. */
class PlannerObjectivesTest {

	@Test
	void weightsBecomeTheWeightedSumWithoutZeroTerms() {
		String text = PlannerObjectives.weighted(Map.of(Term.PRICE, "2", Term.LATENCY, "0.5", Term.ENERGY, "", Term.RISK, "0"));
		assertEquals("price=2,latency=0.5", text);
		Objective parsed = Objective.parse(text);
		assertEquals(2.0, parsed.weight(Term.PRICE));
		assertEquals(0.0, parsed.weight(Term.ENERGY));
	}

	@Test
	void invalidWeightsAreRefusedWithThePlannersReason() {
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> PlannerObjectives.weighted(Map.of(Term.PRICE, "cheap"))).getMessage().contains("not a number"));
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> PlannerObjectives.weighted(Map.of(Term.PRICE, "-1"))).getMessage().contains("0 or more"));
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> PlannerObjectives.weighted(Map.of(Term.PRICE, "0"))).getMessage().contains("at least one"));
	}

	@Test
	void anOrderIsLexicographic() {
		assertEquals("latency>price", PlannerObjectives.lexicographic(" latency > price "));
		assertTrue(Objective.parse(PlannerObjectives.lexicographic("risk>price>latency")).lexicographic());
		assertThrows(IllegalArgumentException.class, () -> PlannerObjectives.lexicographic("price"));
		assertThrows(IllegalArgumentException.class, () -> PlannerObjectives.lexicographic("price>price"));
	}

	@Test
	void theDefaultObjectiveShowsItsWeights() {
		Map<Term, String> texts = PlannerObjectives.weightTexts(Objective.DEFAULT);
		assertEquals(Map.of(Term.PRICE, "1", Term.LATENCY, "1", Term.ENERGY, "0.2", Term.RISK, "100"), texts);
		assertEquals(Objective.DEFAULT.toString(), PlannerObjectives.weighted(texts));
	}
}

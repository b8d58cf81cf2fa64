// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.util.List;

/**
 * Requirements that cannot all hold: dropping any one of them makes the rest satisfiable (as far as the planner's
 * search could tell within its time), so each of them is part of the problem.
 *
 * @param summary      one sentence for the user
 * @param requirements the requirements, each in words
 */
public record Conflict(String summary, List<String> requirements) {

	public Conflict {
		requirements = List.copyOf(requirements);
	}

	@Override
	public String toString() {
		return summary + (requirements.isEmpty() ? "" : ": " + String.join("; ", requirements));
	}
}

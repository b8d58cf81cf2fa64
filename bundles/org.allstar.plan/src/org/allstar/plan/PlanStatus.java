// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

/** How a planning run ended. */
public enum PlanStatus {
	/** A plan, proven best for the objective. */
	OPTIMAL,
	/** A plan, the best found within the time limit; the report gives its gap to the best bound. */
	FEASIBLE,
	/** No plan exists; the report names requirements that cannot hold together. */
	INFEASIBLE,
	/** Neither a plan nor a proof that none exists within the time limit (or the run was cancelled). */
	UNKNOWN;

	public boolean hasPlan() {
		return this == OPTIMAL || this == FEASIBLE;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.Deployment;
import org.allstar.model.Model;

/**
 * What to plan: an application, the models whose providers and networks are in scope, the objective, a time limit,
 * and for re-planning the deployment to change as little as possible.
 *
 * @param replanFrom the current deployment, or null for a fresh plan
 * @param progress   told about every better plan and bound (on the solver's threads)
 */
public record PlanRequest(Application application, Collection<Model> models, Objective objective, Duration timeLimit,
		Deployment replanFrom, Consumer<Progress> progress) {

	public PlanRequest {
		models = List.copyOf(models);
		progress = progress == null ? p -> {
		} : progress;
	}

	/** A fresh plan with the default objective and a 30 s limit. */
	public static PlanRequest of(Application application, Collection<Model> models) {
		return new PlanRequest(application, models, Objective.DEFAULT, Duration.ofSeconds(30), null, null);
	}

	public PlanRequest withObjective(Objective value) {
		return new PlanRequest(application, models, value, timeLimit, replanFrom, progress);
	}

	public PlanRequest withTimeLimit(Duration value) {
		return new PlanRequest(application, models, objective, value, replanFrom, progress);
	}

	public PlanRequest replanning(Deployment current) {
		return new PlanRequest(application, models, objective, timeLimit, current, progress);
	}

	public PlanRequest withProgress(Consumer<Progress> value) {
		return new PlanRequest(application, models, objective, timeLimit, replanFrom, value);
	}
}

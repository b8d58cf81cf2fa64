// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

import org.allstar.model.Link;
import org.allstar.model.quantity.Rational;
import org.allstar.plan.Conflict;
import org.allstar.plan.problem.Problem;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * Explains an infeasible problem: every requirement group of the model (placing each component on its eligible
 * nodes, each flow's bound, each end-to-end path, budget, energy, availability, trust separation, link bandwidth)
 * gets an enforcement literal; CP-SAT returns a subset of them that is infeasible under assumptions, and a deletion
 * filter shrinks it until dropping any one member makes the rest feasible.
 */
final class ConflictSearch {

	/** The phase of the explaining solves: they run even past the time limit (an infeasible problem needs them). */
	static final String PHASE = "explain";


	/** Node-level models up to this many nodes (exact); pooled models above (a relaxation, smaller). */
	private static final int EXACT_NODES = 3000;

	private final Problem problem;
	private final CpSatPlanner.SolverRun solverRun;

	ConflictSearch(Problem problem, CpSatPlanner.SolverRun solverRun) {
		this.problem = problem;
		this.solverRun = solverRun;
	}

	List<Conflict> explain(Map<Link, Rational> limitedLinks, DoubleSupplier remainingSeconds) {
		int[][] places = PlacementModel.places(problem, false);
		for (int c = 0; c < places.length; c++) {
			if (places[c].length == 0) {
				return List.of(new Conflict("'" + problem.components.get(c).getName() + "' needs "
						+ problem.replicas[c] + " replicas on distinct nodes of one provider, but no provider has that"
						+ " many nodes meeting its needs", List.of()));
			}
		}
		PlacementModel model = model(places, limitedLinks);
		List<String> core = core(model, model.groups.keySet(), remainingSeconds);
		if (core == null) {
			return List.of(new Conflict("No plan exists, but the planner could not narrow down why within the time"
					+ " limit", List.of()));
		}
		for (String group : List.copyOf(core)) {
			List<String> without = new ArrayList<>(core);
			without.remove(group);
			List<String> smaller = core(model(places, limitedLinks), without, remainingSeconds);
			if (smaller != null) {
				core = smaller;
			}
		}
		if (core.isEmpty()) {
			return List.of(new Conflict("The components do not fit the nodes they may use", List.of()));
		}
		return List.of(new Conflict("These requirements cannot all hold (with the nodes' capacities)", core));
	}

	/** Whether the groups named can all hold together (others relaxed); for tests of minimality. */
	boolean feasible(Collection<String> groups, double seconds) {
		PlacementModel model = model(PlacementModel.places(problem, false), Map.of());
		model.model.clearAssumptions();
		groups.forEach(g -> model.model.addAssumption(model.groups.get(g)));
		CpSolverStatus status = solverRun.run(model.model, new CpSolver(), PHASE, 1, seconds);
		return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
	}

	/** All requirement groups of the model, for tests. */
	Set<String> groups() {
		return model(PlacementModel.places(problem, false), Map.of()).groups.keySet();
	}

	private PlacementModel model(int[][] places, Map<Link, Rational> limitedLinks) {
		Pools pools = problem.nodeCount() <= EXACT_NODES ? Pools.singletons(problem) : Pools.identical(problem);
		PlacementModel model = new PlacementModel(problem, pools, places, true);
		limitedLinks.forEach(model::limit);
		return model;
	}

	/**
	 * The groups among {@code assumed} that CP-SAT found infeasible together, or null when they are feasible or the
	 * time ran out.
	 */
	private List<String> core(PlacementModel model, Collection<String> assumed, DoubleSupplier remainingSeconds) {
		Map<Integer, String> byIndex = new HashMap<>();
		model.model.clearAssumptions();
		for (String group : assumed) {
			BoolVar literal = model.groups.get(group);
			byIndex.put(literal.getIndex(), group);
			model.model.addAssumption(literal);
		}
		CpSolver solver = new CpSolver();
		CpSolverStatus status = solverRun.run(model.model, solver, PHASE, 1, remainingSeconds.getAsDouble());
		if (status != CpSolverStatus.INFEASIBLE) {
			return null;
		}
		Set<String> core = new LinkedHashSet<>();
		for (int index : solver.sufficientAssumptionsForInfeasibility()) {
			core.add(byIndex.get(index));
		}
		return new ArrayList<>(core);
	}
}

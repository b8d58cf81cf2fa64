// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.plan.problem.Problem;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/**
 * Minimises one expression after another over one model (fewest migrations, then each term of a lexicographic
 * objective), each stage keeping the earlier ones at their best value found; then packs the last solution onto nodes.
 */
final class Stages {

	private record Stage(String name, LinearExpr expression, double scale) {
	}

	/**
	 * How the stages ended: the status over all of them, the packed plan (null when there is none or packing failed),
	 * whether the solver had a solution, and the last stage's bound in its points.
	 */
	record Result(CpSolverStatus status, int[][] assignment, boolean hasSolution, double bound, String lastStage) {

		/** The last stage's value for {@code assignment}, computed from the plan itself, in the stage's points. */
		double lastValue(Problem problem, Objective objective, int[][] assignment) {
			for (Term term : Term.values()) {
				if (term.word().equals(lastStage)) {
					return Evaluation.term(problem, term, assignment) / (term == Term.RISK ? 1e6 : 1e3);
				}
			}
			return Evaluation.weighted(problem, objective, assignment) / NodeCosts.SCALE; // "solve", "pool", "lns"
		}
	}

	private final PlacementModel model;
	private final CpSatPlanner.SolverRun solverRun;
	private final long[] nodeCost;
	private final List<Stage> stages = new ArrayList<>();

	Stages(PlacementModel model, CpSatPlanner.SolverRun solverRun, long[] nodeCost) {
		this.model = model;
		this.solverRun = solverRun;
		this.nodeCost = nodeCost;
	}

	void add(String name, LinearExpr expression, double scale) {
		stages.add(new Stage(name, expression, scale));
	}

	Result run(int[][] hint, DoubleSupplier remainingSeconds) {
		if (hint != null) {
			hint(hint);
			if (Boolean.getBoolean("allstar.plan.debug")) {
				HintCheck.report(model.model.model());
			}
		}
		long[][] counts = null;
		boolean allOptimal = true;
		double bound = Double.NaN;
		String last = null;
		double lastObjective = Double.NaN;
		for (int i = 0; i < stages.size(); i++) {
			Stage stage = stages.get(i);
			model.model.minimize(stage.expression());
			CpSolver solver = new CpSolver();
			double seconds = remainingSeconds.getAsDouble() / (stages.size() - i);
			CpSolverStatus status = solverRun.run(model.model, solver, stage.name(), stage.scale(), seconds);
			if (status == CpSolverStatus.INFEASIBLE) {
				return new Result(status, null, false, Double.NaN, stage.name());
			}
			if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
				if (counts == null) {
					return new Result(CpSolverStatus.UNKNOWN, null, false, Double.NaN, stage.name());
				}
				allOptimal = false;
				break; // keep the earlier stage's plan
			}
			allOptimal &= status == CpSolverStatus.OPTIMAL;
			counts = counts(solver);
			bound = solver.bestObjectiveBound() / stage.scale();
			lastObjective = solver.objectiveValue() / stage.scale();
			last = stage.name();
			if (i + 1 < stages.size()) {
				model.model.addLessOrEqual(stage.expression(), solver.value(stage.expression()));
				hint(solver);
			}
		}
		int[][] assignment = Packer.pack(model.problem, model.pools, model.poolsOf, counts, nodeCost).orElse(null);
		if (Boolean.getBoolean("allstar.plan.debug.packing")) {
			System.err.printf(java.util.Locale.ROOT, "packing %s: pool model %.3f, packed %s%n", last, lastObjective,
					assignment == null ? "failed" : String.format(java.util.Locale.ROOT, "%.3f",
							nodeCostOf(assignment) / NodeCosts.SCALE));
		}
		return new Result(allOptimal ? CpSolverStatus.OPTIMAL : CpSolverStatus.FEASIBLE, assignment, true, bound, last);
	}

	private double nodeCostOf(int[][] plan) {
		long total = 0;
		for (int n : Evaluation.usedNodes(plan)) {
			total += nodeCost[n];
		}
		return total;
	}

	private long[][] counts(CpSolver solver) {
		long[][] counts = new long[model.y.length][];
		for (int c = 0; c < counts.length; c++) {
			counts[c] = new long[model.y[c].length];
			for (int i = 0; i < counts[c].length; i++) {
				counts[c][i] = solver.value(model.y[c][i]);
			}
		}
		return counts;
	}

	/** Hints the solver's own last solution to the next stage. */
	private void hint(CpSolver solver) {
		model.model.clearHints();
		for (IntVar[] row : model.y) {
			for (IntVar var : row) {
				model.model.addHint(var, solver.value(var));
			}
		}
		for (IntVar var : model.used) {
			if (var != null) {
				model.model.addHint(var, solver.value(var));
			}
		}
		for (var row : model.w) {
			for (var var : row) {
				model.model.addHint(var, solver.booleanValue(var));
			}
		}
	}

	/** Hints a plan ([component] → nodes), such as the greedy one or the current deployment. */
	private void hint(int[][] plan) {
		model.model.clearHints();
		long[] usedPerPool = new long[model.pools.count()];
		boolean[] counted = new boolean[model.problem.nodeCount()];
		for (int c = 0; c < model.y.length; c++) {
			long[] perCandidate = new long[model.y[c].length];
			for (int n : plan[c] == null ? new int[0] : plan[c]) {
				int pool = model.pools.poolOf[n];
				int i = pool < 0 ? -1 : java.util.Arrays.binarySearch(model.poolsOf[c], pool);
				if (i >= 0) {
					perCandidate[i]++;
					if (!counted[n]) {
						counted[n] = true;
						usedPerPool[pool]++;
					}
				}
			}
			for (int i = 0; i < perCandidate.length; i++) {
				model.model.addHint(model.y[c][i], perCandidate[i]);
			}
			int place = plan[c] == null || plan[c].length == 0 ? -1 : model.problem.placeOf[plan[c][0]];
			for (int j = 0; j < model.w[c].length; j++) {
				model.model.addHint(model.w[c][j], model.placesOf[c][j] == place);
			}
			if (model.site[c] != null && place >= 0) {
				model.model.addHint(model.site[c], place);
			}
		}
		for (PlacementModel.Hop hop : model.hops) {
			if (plan[hop.from()] != null && plan[hop.from()].length > 0 && plan[hop.to()] != null
					&& plan[hop.to()].length > 0) {
				long micros = model.problem.latencyMicros(model.problem.placeOf[plan[hop.from()][0]],
						model.problem.placeOf[plan[hop.to()][0]]);
				model.model.addHint(hop.latency(), micros < 0 ? PlacementModel.NO_PATH_MICROS : micros);
			}
		}
		for (int g = 0; g < usedPerPool.length; g++) {
			if (model.used[g] != null) {
				model.model.addHint(model.used[g], usedPerPool[g]);
			}
		}
	}
}

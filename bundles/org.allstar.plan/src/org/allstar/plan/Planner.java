// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.model.AllstarFactory;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.ProblemBuilder;
import org.allstar.plan.solver.CpSatPlanner;
import org.allstar.plan.solver.Evaluation;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Verifier;

/**
 * The CREAF capacity planner: places an application's components on the nodes of the providers in scope so that
 * every verifier rule holds, minimising the objective. Headless; the command line and the IDE's wizard call it the
 * same way. Each returned plan has been checked by the verifier.
 */
public final class Planner {

	private final ReputationSource reputations;
	private volatile CpSatPlanner running;

	public Planner() {
		this(ReputationSource.NONE);
	}

	/** A planner that reads provider reputations (for reputation requirements and the risk term) from a source. */
	public Planner(ReputationSource reputations) {
		this.reputations = reputations;
	}

	/**
	 * Set by {@link #cancel} and cleared when the run ends: a cancel that comes while the problem is still being built
	 * (before there is a solver to stop; over 1.5 s for 80 × 800 on a loaded machine) reaches the solver when it starts.
	 */
	private volatile boolean cancelRequested;

	/** Stops a run in progress (from any thread); it returns the best plan found so far. */
	public void cancel() {
		cancelRequested = true;
		CpSatPlanner solver = running;
		if (solver != null) {
			solver.cancel();
		}
	}

	public Plan plan(PlanRequest request) {
		long start = System.nanoTime();
		// the solver's native libraries load (seconds, the first time in a process) while the problem is built
		org.allstar.plan.solver.OrToolsNative.loadInBackground();
		Problem problem = ProblemBuilder.of(request.application(), request.models(), reputations);
		int[][] current = request.replanFrom() == null ? null : current(problem, request.replanFrom());
		long solverStart = System.nanoTime();
		// the solver counts its seconds from its own start; reports count them from this call's, as Progress says
		double built = (solverStart - start) / 1e9;
		CpSatPlanner solver = new CpSatPlanner(problem, request.objective(), solverSeconds(request, start),
				p -> request.progress().accept(new Progress(p.phase(), p.seconds() + built, p.objective(), p.bound())));
		running = solver;
		CpSatPlanner.Outcome outcome;
		try {
			if (cancelRequested) {
				solver.cancel();
			}
			outcome = solver.solve(current);
		} finally {
			running = null;
			cancelRequested = false;
		}
		long solved = System.nanoTime();
		Verifier verifier = new Verifier(reputations); // one for the plan and the greedy plan: it keeps its routes
		Map<Component, List<Node>> placements = new LinkedHashMap<>();
		List<Finding> errors = List.of();
		Plan.Parts parts = null;
		PlanStatus status = outcome.status();
		if (outcome.assignment() != null) {
			placements = placements(problem, outcome.assignment());
			parts = parts(problem, outcome.assignment());
			errors = verify(verifier, request, placements);
		}
		List<String> notes = new ArrayList<>(outcome.notes());
		if (!errors.isEmpty() && outcome.greedyFallback()) {
			notes.add("the greedy plan breaks a rule (" + errors.get(0).message() + "); no plan to offer");
			status = PlanStatus.UNKNOWN;
			placements = new LinkedHashMap<>();
			parts = null;
			errors = List.of();
		} else if (!errors.isEmpty()) {
			notes.add("the plan does not pass the verifier; this is a planner bug, please report it");
		}
		List<String> greedyErrors = outcome.greedyAssignment() == null ? List.of()
				: verify(verifier, request, placements(problem, outcome.greedyAssignment())).stream()
						.map(Finding::message).toList();
		if (Boolean.getBoolean("allstar.plan.debug")) {
			System.err.printf(java.util.Locale.ROOT, "planner: problem %.2f s, solver %.2f s, checks %.2f s%n",
					(solverStart - start) / 1e9, (solved - solverStart) / 1e9, (System.nanoTime() - solved) / 1e9);
		}
		if (status.hasPlan() && greedyErrors.isEmpty() && outcome.greedyObjective() < outcome.objective() - 1e-9
				&& !outcome.greedyFallback() && request.replanFrom() == null && !request.objective().lexicographic()) {
			// the best plan found is what the user gets, even when it is the warm start
			notes.add("the greedy warm start is better than what the solver found in time; it is the plan");
			placements = placements(problem, outcome.greedyAssignment());
			parts = parts(problem, outcome.greedyAssignment());
			return new Plan(PlanStatus.FEASIBLE, request.objective(), placements, parts, outcome.greedyObjective(),
					outcome.bound(), (System.nanoTime() - start) / 1e9, -1, List.of(), List.of(),
					new Plan.Baseline(outcome.greedyObjective(), outcome.greedySeconds(), greedyErrors), notes);
		}
		return new Plan(status, request.objective(), placements, parts, outcome.objective(), outcome.bound(),
				(System.nanoTime() - start) / 1e9, outcome.migrations(), outcome.conflicts(), errors,
				new Plan.Baseline(outcome.greedyObjective(), outcome.greedySeconds(), greedyErrors), notes);
	}

	private static Map<Component, List<Node>> placements(Problem problem, int[][] assignment) {
		Map<Component, List<Node>> placements = new LinkedHashMap<>();
		for (int c = 0; c < problem.componentCount(); c++) {
			placements.put(problem.components.get(c),
					java.util.Arrays.stream(assignment[c]).mapToObj(problem.nodes::get).toList());
		}
		return placements;
	}

	/**
	 * The time left for the solver: the limit, less what building the problem took and a reserve for checking the
	 * plan and the greedy baseline with the verifier afterwards (a tenth of the limit, at most 3 s).
	 */
	private static double solverSeconds(PlanRequest request, long start) {
		double limit = request.timeLimit().toNanos() / 1e9;
		double spent = (System.nanoTime() - start) / 1e9;
		return Math.max(0.1, limit - spent - Math.min(0.1 * limit, 3));
	}

	/** The plan as a deployment object (not in any resource), for the verifier and for writing. */
	public static Deployment toDeployment(Plan plan, org.allstar.model.Application application, String name) {
		return deployment(application, name, plan.placements());
	}

	private static Deployment deployment(org.allstar.model.Application application, String name,
			Map<Component, List<Node>> placements) {
		Deployment deployment = AllstarFactory.eINSTANCE.createDeployment();
		deployment.setName(name);
		deployment.setApplication(application);
		placements.forEach((component, nodes) -> {
			Placement placement = AllstarFactory.eINSTANCE.createPlacement();
			placement.setComponent(component);
			placement.getNodes().addAll(nodes);
			deployment.getPlacements().add(placement);
		});
		return deployment;
	}

	private static List<Finding> verify(Verifier verifier, PlanRequest request, Map<Component, List<Node>> placements) {
		Deployment planned = deployment(request.application(), "planned", placements);
		return verifier.verify(request.models(), List.of(planned)).stream()
				.filter(f -> f.severity() == Finding.Severity.ERROR).toList();
	}

	private static Plan.Parts parts(Problem problem, int[][] assignment) {
		Rational price = Rational.ZERO;
		Rational power = Rational.ZERO;
		double risk = 0;
		boolean anyRisk = false;
		for (int n : Evaluation.usedNodes(assignment)) {
			Node node = problem.nodes.get(n);
			price = price.add(Quantities.valueIn(node.getPrice(), Unit.EUR_PER_MONTH).orElse(Rational.ZERO));
			power = power.add(Quantities.valueIn(node.getPower(), Unit.WATT).orElse(Rational.ZERO));
			if (!Double.isNaN(problem.risk[n])) {
				risk += problem.risk[n];
				anyRisk = true;
			}
		}
		return new Plan.Parts(price, Evaluation.latencyMs(problem, assignment), power, anyRisk ? risk : Double.NaN);
	}

	/** The current deployment's nodes per component, as node indexes of the problem (unknown nodes left out). */
	private static int[][] current(Problem problem, Deployment deployment) {
		Map<Node, Integer> index = new HashMap<>();
		for (int n = 0; n < problem.nodeCount(); n++) {
			index.put(problem.nodes.get(n), n);
		}
		int[][] current = new int[problem.componentCount()][0];
		for (Placement placement : deployment.getPlacements()) {
			int c = problem.components.indexOf(placement.getComponent());
			if (c >= 0) {
				current[c] = DeploymentView.resolvedNodes(placement).stream().filter(index::containsKey)
						.mapToInt(index::get).toArray();
			}
		}
		return current;
	}
}

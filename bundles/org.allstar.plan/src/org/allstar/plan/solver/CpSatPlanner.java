// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.model.Link;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.plan.Conflict;
import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.plan.PlanStatus;
import org.allstar.plan.Progress;
import org.allstar.plan.problem.Problem;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;

/**
 * Plans with OR-Tools CP-SAT: a greedy warm start, then the model over pools of interchangeable nodes (stage by
 * stage for lexicographic objectives and re-planning), a packing step that picks the nodes, and the exact node-level
 * model when packing cannot place what the pools received. Links a plan overloads get their bandwidth constraint and
 * the plan is made again. Without a solution it explains which requirements conflict.
 */
public final class CpSatPlanner {

	/** Summed domain sizes above which a problem is searched by neighbourhoods (50 × 500: 15,000; 500 × 5,000: 1.5 M). */
	private static final long LARGE_DOMAINS = 200_000;
	/**
	 * Summed domain sizes above which a problem is searched by neighbourhoods when there is time for the zone
	 * relaxation too (100 × 1,000: about 60,000). There the whole pool model's plan, 30 s, price, was 1.0–1.3 % above
	 * its bound and in one run of three no better than the greedy plan (5.6 %); neighbourhoods after the relaxation:
	 * 0.22 % (price) and 0.13 % (default), with a better bound.
	 */
	private static final long MIDDLE_DOMAINS = 40_000;
	/** Below this, a large problem's whole model cannot even finish its presolve (500 × 5,000: about 7 s). */
	private static final double WHOLE_MODEL_MINIMUM_SECONDS = 12;
	/** Edge sites at most this far apart (ms) share a zone in the bounding relaxation. */
	private static final Rational ZONE_MS = Rational.of(1);
	/**
	 * Seconds the zone relaxation gets at most, after neighbourhood search. At 500 × 5,000 its bound (17,750.40, price)
	 * came at 21 s of the relaxation's solve on a loaded machine (load 5–6 on 2 cores), so 15 s left it at 13,000–16,000
	 * there; neighbourhood search reaches most of its gains in the first 30 s. allstar.plan.zoneSeconds for tuning runs.
	 */
	private static final double ZONE_SECONDS = Double.parseDouble(System.getProperty("allstar.plan.zoneSeconds", "25"));
	/**
	 * Whether the zone relaxation is hinted with the greedy plan (allstar.plan.zoneHint=true for comparison runs). Off:
	 * hinted, its bound stayed at 10,900–13,600 in 23 s at load 3–12; unhinted it reached 16,198 at load 7 and
	 * 17,750 before (its bound matters; its own solution only guides).
	 */
	private static final boolean ZONE_HINT = Boolean.parseBoolean(System.getProperty("allstar.plan.zoneHint", "false"));
	/** The zone relaxation runs first, for at most this share of the time left (allstar.plan.zoneShare for tuning). */
	private static final double ZONE_SHARE = Double.parseDouble(System.getProperty("allstar.plan.zoneShare", "0.45"));
	/**
	 * Whether the zone relaxation runs before neighbourhood search (bound and guide from the start) rather than after
	 * it; allstar.plan.zonesFirst=false gives the earlier order, for comparison runs.
	 */
	private static final boolean ZONES_FIRST = Boolean.parseBoolean(System.getProperty("allstar.plan.zonesFirst",
			"true"));
	/** The greedy plan is the fallback of a short run: it gets this long even when the limit is nearly spent. */
	private static final long GREEDY_MINIMUM_NANOS = 500_000_000L;
	/** Up to this many nodes the exact node-level model is worth a try when packing fails (else: greedy). */
	private static final int NODE_LEVEL_FALLBACK = 2000;
	/** Rounds of "add the overloaded links' constraints and solve again" before giving up. */
	private static final int BANDWIDTH_ROUNDS = 5;

	/**
	 * What the solver found: a plan as node indexes per component (null without one), its objective and the best
	 * bound (points of the last stage), the migrations when re-planning, and the conflicts when infeasible.
	 */
	public record Outcome(PlanStatus status, int[][] assignment, double objective, double bound, int migrations,
			List<Conflict> conflicts, double greedyObjective, double greedySeconds, int[][] greedyAssignment,
			List<String> notes) {

		/** Whether the plan is the greedy one, returned because the solver found none in time. */
		public boolean greedyFallback() {
			return assignment != null && assignment == greedyAssignment;
		}
	}

	private final Problem problem;
	private final Objective objective;
	private final Consumer<Progress> progress;
	private final long start = System.nanoTime();
	private final long deadline;
	private final List<String> notes = new ArrayList<>();
	private int[][] greedyAssignment;
	private double greedyObjective = Double.NaN;
	private double greedySeconds;
	/** The plan of neighbourhood search, once it has run. */
	private int[][] searched;
	private final Map<Link, Rational> limitedLinks = new LinkedHashMap<>();
	private volatile CpSolver running;
	private volatile boolean cancelled;

	public CpSatPlanner(Problem problem, Objective objective, double seconds, Consumer<Progress> progress) {
		this.problem = problem;
		this.objective = objective;
		this.progress = progress;
		this.deadline = start + (long) (seconds * 1e9);
	}

	/** Stops the search from any thread; the run returns the best plan found so far. */
	public void cancel() {
		cancelled = true;
		CpSolver solver = running;
		if (solver != null) {
			solver.stopSearch();
		}
	}

	/** Plans from scratch, or (with {@code current} node indexes per component) with the fewest migrations first. */
	public Outcome solve(int[][] current) {
		try {
			return solveWithin(current);
		} catch (PlacementModel.OutOfTime e) {
			notes.add("the time limit passed while the solver's model was being built");
			if (searched != null) { // neighbourhood search's plan, from before the model that ran out of time
				return planned(new Stages.Result(CpSolverStatus.FEASIBLE, searched, true, Double.NaN, "solve"), searched,
						null, greedyObjective, greedySeconds);
			}
			return fallback(Optional.ofNullable(greedyAssignment), greedyObjective, greedySeconds);
		}
	}

	private Outcome solveWithin(int[][] current) {
		List<Conflict> domainConflicts = DomainConflicts.of(problem);
		if (!domainConflicts.isEmpty()) {
			return infeasible(domainConflicts);
		}
		int[][] places = PlacementModel.places(problem, true);
		for (int[] placesOfComponent : places) {
			if (placesOfComponent.length == 0) {
				return infeasible(explain());
			}
		}
		long[] nodeCost = NodeCosts.weighted(problem, objective);
		long greedyStart = System.nanoTime();
		Optional<int[][]> greedy = new Greedy(problem, places, nodeCost)
				.place(Math.max(greedyStart + GREEDY_MINIMUM_NANOS, greedyStart + (deadline - greedyStart) / 3));
		greedySeconds = (System.nanoTime() - greedyStart) / 1e9;
		greedyAssignment = greedy.orElse(null);
		greedyObjective = greedy.map(a -> Evaluation.weighted(problem, objective, a) / NodeCosts.SCALE)
				.orElse(Double.NaN);
		progress.accept(new Progress("greedy", elapsed(), greedyObjective, Double.NaN));
		debug("greedy done");
		if (!OrToolsNative.loadedBy(current == null ? deadline : Long.MAX_VALUE)) {
			notes.add("the solver's native libraries were still loading at the time limit");
			return fallback(greedy, greedyObjective, greedySeconds);
		}
		if (current == null && System.nanoTime() - deadline > 0) {
			return fallback(greedy, greedyObjective, greedySeconds); // no time left to build the model
		}
		boolean exact = current != null;
		boolean neighbourhoods = current == null && !objective.lexicographic() && isLarge(problem);
		int[][] improved = null;
		double zoneBound = Double.NaN;
		if (neighbourhoods && ZONES_FIRST) {
			Optional<Relaxation> relaxation = relaxFirst(greedy, nodeCost);
			zoneBound = relaxation.map(Relaxation::bound).orElse(Double.NaN);
			improved = searchNeighbourhoods(betterStart(greedy, relaxation), nodeCost, deadline, zoneBound,
					relaxation.map(Relaxation::zoneOfComponent).orElse(null));
		} else if (neighbourhoods) {
			improved = searchNeighbourhoods(greedy, nodeCost, lnsShareEnd(), Double.NaN, null);
			zoneBound = improved != null && remainingSeconds() >= WHOLE_MODEL_MINIMUM_SECONDS
					? relax(nodeCost, remainingSeconds(), null).map(Relaxation::bound).orElse(Double.NaN)
					: Double.NaN;
			if (!Double.isNaN(zoneBound) && remainingSeconds() > 1) {
				// time the relaxation did not need goes back to the search
				improved = new Lns(problem, objective, nodeCost, this::solveOnce, limitedLinks, progress, 7)
						.improve(improved, deadline, zoneBound, this.start, () -> cancelled);
			}
		}
		searched = improved;
		if (improved != null && !Double.isNaN(zoneBound)) {
			// the zone relaxation bounds far better than the whole model can in the time (see benchmarks.md)
			return planned(new Stages.Result(CpSolverStatus.FEASIBLE, improved, true, zoneBound, "solve"), improved,
					null, greedyObjective, greedySeconds);
		}
		if (improved != null && remainingSeconds() < WHOLE_MODEL_MINIMUM_SECONDS) {
			// too little time for the whole model even to finish its presolve: the neighbourhood plan, no bound
			return planned(new Stages.Result(CpSolverStatus.FEASIBLE, improved, true, Double.NaN, "solve"), improved,
					null, greedyObjective, greedySeconds);
		}
		for (int round = 0; round <= BANDWIDTH_ROUNDS; round++) {
			Stages.Result result = solveStages(exact ? Pools.singletons(problem) : Pools.identical(problem), places,
					nodeCost, current, improved != null ? improved : greedy.orElse(current), () -> remainingSeconds());
			if (improved != null && round == 0 && result.status() != CpSolverStatus.INFEASIBLE
					&& (result.assignment() == null || Evaluation.weighted(problem, objective, result.assignment())
							> Evaluation.weighted(problem, objective, improved))) {
				// the whole model did not beat the neighbourhood search in its time; its bound still holds
				result = new Stages.Result(CpSolverStatus.FEASIBLE, improved, true, result.bound(), "solve");
			}
			if (!Double.isNaN(zoneBound) && (Double.isNaN(result.bound()) || zoneBound > result.bound())) {
				result = new Stages.Result(result.status(), result.assignment(), result.hasSolution(), zoneBound,
						result.lastStage());
			}
			if (result.status() == CpSolverStatus.INFEASIBLE) {
				return infeasible(explain());
			}
			int[][] assignment = result.assignment();
			if (assignment == null && !exact && result.hasSolution() && problem.nodeCount() <= NODE_LEVEL_FALLBACK) {
				notes.add("the nodes at a place could not hold what the pool model gave them; solved node by node");
				exact = true;
				round--;
				continue;
			}
			if (assignment == null) {
				return fallback(greedy, greedyObjective, greedySeconds);
			}
			Map<Link, Rational> overloaded = Evaluation.overloadedLinks(problem, assignment);
			overloaded.keySet().removeAll(limitedLinks.keySet());
			if (overloaded.isEmpty() || round == BANDWIDTH_ROUNDS || System.nanoTime() >= deadline) {
				if (!exact && current == null && result.status() == CpSolverStatus.OPTIMAL
						&& result.lastValue(problem, objective, assignment) > result.bound() + 1e-9
						&& problem.nodeCount() <= NODE_LEVEL_FALLBACK && remainingSeconds() > 1) {
					result = closeThePackingGap(result, assignment, places, nodeCost);
					assignment = result.assignment();
				}
				return planned(result, assignment, current, greedyObjective, greedySeconds);
			}
			limitedLinks.putAll(overloaded);
			notes.add("link bandwidth limited in the model after a plan overloaded " + overloaded.size() + " link(s)");
		}
		throw new IllegalStateException("unreachable");
	}

	/**
	 * Large problems, zones first: the zone relaxation (hinted with the greedy plan) gives the bound and, in its own
	 * solution, a zone for every component; neighbourhood search then runs to the deadline with that bound in every
	 * report and the relaxation's zones as a guide. Empty when the greedy plan cannot start the search.
	 */
	private Optional<Relaxation> relaxFirst(Optional<int[][]> greedy, long[] nodeCost) {
		if (greedy.isEmpty() || !Evaluation.meetsPlanRequirements(problem, greedy.get())
				|| remainingSeconds() < 2 * WHOLE_MODEL_MINIMUM_SECONDS) {
			return Optional.empty();
		}
		return relax(nodeCost, Math.min(ZONE_SECONDS, remainingSeconds() * ZONE_SHARE), greedy.get());
	}

	/** The greedy plan, or the relaxation's plan on real nodes when it has one and it is cheaper. */
	private Optional<int[][]> betterStart(Optional<int[][]> greedy, Optional<Relaxation> relaxation) {
		int[][] packed = relaxation.map(Relaxation::plan).orElse(null);
		if (packed == null || greedy.isEmpty()
				|| Evaluation.weighted(problem, objective, packed) >= Evaluation.weighted(problem, objective, greedy.get())) {
			return greedy;
		}
		notes.add("neighbourhood search started from the zone relaxation's plan on real nodes");
		progress.accept(new Progress("solve", elapsed(), Evaluation.weighted(problem, objective, packed) / NodeCosts.SCALE,
				relaxation.get().bound()));
		return Optional.of(packed);
	}

	/** The end of neighbourhood search's first share when the zone relaxation runs after it (for tuning runs). */
	private long lnsShareEnd() {
		double seconds = remainingSeconds();
		double forBound = seconds < 2 * WHOLE_MODEL_MINIMUM_SECONDS ? 0 : Math.min(ZONE_SECONDS, seconds / 2);
		return System.nanoTime() + (long) ((seconds - forBound) * 1e9);
	}

	/**
	 * Large-neighbourhood search from the greedy plan until {@code until}, each report with {@code bound}; guided by
	 * the relaxation's zone per component when there is one. Null when the greedy plan cannot start it.
	 */
	private int[][] searchNeighbourhoods(Optional<int[][]> greedy, long[] nodeCost, long until, double bound,
			int[] guide) {
		if (greedy.isEmpty() || !Evaluation.meetsPlanRequirements(problem, greedy.get())) {
			return null;
		}
		notes.add(ZONES_FIRST ? "large problem: a zone relaxation for the bound and a guide (" + Math.round(ZONE_SECONDS)
				+ " s at most; none below " + Math.round(2 * WHOLE_MODEL_MINIMUM_SECONDS) + " s), then"
				+ " large-neighbourhood search from the greedy plan"
				: "large problem: large-neighbourhood search from the greedy plan, then a zone relaxation for the"
						+ " bound (the last " + Math.round(ZONE_SECONDS) + " s at most; none below "
						+ Math.round(2 * WHOLE_MODEL_MINIMUM_SECONDS) + " s)");
		return new Lns(problem, objective, nodeCost, this::solveOnce, limitedLinks, progress, 42).guidedBy(guide)
				.improve(greedy.get(), until, bound, this.start, () -> cancelled);
	}

	/**
	 * What the zone relaxation gave: its bound (points) and, from its best solution, each component's zone and that
	 * solution packed onto real nodes when it is a real plan (else null).
	 */
	record Relaxation(double bound, int[] zoneOfComponent, int[][] plan) {
	}

	/**
	 * A bound from a smaller relaxation: Edge sites within {@link #ZONE_MS} of each other merged into zones (least
	 * latency between zones, each kind of node at its zone's lowest price), so twins across a zone pool together
	 * and CP-SAT's root LP with cuts finishes where the whole model's does not. Hinted with {@code hint} when given and
	 * {@link #ZONE_HINT} is on (a real plan is a plan of the relaxation: the node indexes are the same). Empty when it
	 * finds no bound in time.
	 */
	private Optional<Relaxation> relax(long[] nodeCost, double seconds, int[][] hint) {
		int[] zoneOf = zonesOf(problem);
		int zones = java.util.Arrays.stream(zoneOf).max().orElse(-1) + 1;
		Problem relaxed = problem.relaxedToZones(zoneOf, zones);
		Pools pools = Pools.identical(relaxed);
		for (int[] members : pools.members) { // packing the relaxation's counts fills a zone's cheapest nodes first
			sortByCost(members, nodeCost);
		}
		PlacementModel model;
		try {
			model = new PlacementModel(relaxed, pools, PlacementModel.places(relaxed, true), false, deadline);
		} catch (PlacementModel.OutOfTime e) {
			return Optional.empty();
		}
		model.model.minimize(model.weighted(NodeCosts.weighted(relaxed, objective), NodeCosts.perMicrosecond(objective)));
		if (hint != null && ZONE_HINT) {
			new Stages(model, this::solveOnce, nodeCost).hint(hint);
		}
		CpSolver solver = new CpSolver();
		CpSolverStatus status = solveOnce(model.model, solver, "zones", NodeCosts.SCALE, seconds);
		if (cancelled || status == CpSolverStatus.UNKNOWN && System.nanoTime() - deadline > 0) {
			return Optional.empty(); // solveOnce refused to start: the solver has no response to read a bound from
		}
		if (Boolean.getBoolean("allstar.plan.debug")) {
			System.err.printf(java.util.Locale.ROOT, "zones: %d places in %d zones, %s, bound %.3f, value %.3f at %.2f s%n",
					zoneOf.length, zones, status, solver.bestObjectiveBound() / NodeCosts.SCALE,
					solver.objectiveValue() / NodeCosts.SCALE, elapsed());
		}
		if (status == CpSolverStatus.INFEASIBLE || Double.isInfinite(solver.bestObjectiveBound())) {
			return Optional.empty(); // infeasible cannot be: the relaxation of a problem with a plan has one
		}
		double bound = solver.bestObjectiveBound() / NodeCosts.SCALE;
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return Optional.of(new Relaxation(bound, null, null));
		}
		int[] zoneOfComponent = new int[problem.componentCount()];
		for (int c = 0; c < zoneOfComponent.length; c++) {
			for (int j = 0; j < model.w[c].length; j++) {
				if (solver.booleanValue(model.w[c][j])) {
					zoneOfComponent[c] = model.placesOf[c][j]; // the relaxation's places are the zones
				}
			}
		}
		return Optional.of(new Relaxation(bound, zoneOfComponent, asRealPlan(model, solver, nodeCost)));
	}

	/**
	 * The relaxation's solution as a plan on real nodes: its counts per pool packed onto the pools' nodes (a zone's
	 * cheapest first). It is a real plan when every component's replicas ended at one place, every flow keeps its bound
	 * between the real places, and no link is overloaded; null otherwise.
	 */
	private int[][] asRealPlan(PlacementModel model, CpSolver solver, long[] nodeCost) {
		long[][] counts = new long[model.y.length][];
		for (int c = 0; c < counts.length; c++) {
			counts[c] = new long[model.y[c].length];
			for (int i = 0; i < counts[c].length; i++) {
				counts[c][i] = solver.value(model.y[c][i]);
			}
		}
		int[][] plan = Packer.pack(problem, model.pools, model.poolsOf, counts, nodeCost).orElse(null);
		boolean real = plan != null && isRealPlan(problem, plan);
		if (Boolean.getBoolean("allstar.plan.debug")) {
			System.err.printf(java.util.Locale.ROOT, "zones: the relaxation's plan on real nodes: %s%n",
					plan == null ? "does not pack" : (real ? "a real plan, " : "breaks a rule (" + brokenRules(plan) + "), ")
							+ Evaluation.weighted(problem, objective, plan) / NodeCosts.SCALE);
		}
		return real ? plan : null;
	}

	/** For tuning runs: which of {@link #isRealPlan}'s rules {@code plan} breaks, counted. */
	private String brokenRules(int[][] plan) {
		long split = java.util.Arrays.stream(plan)
				.filter(nodes -> java.util.Arrays.stream(nodes).map(n -> problem.placeOf[n]).distinct().count() > 1).count();
		long flows = problem.flows.stream().filter(flow -> !problem.allows(flow, problem.placeOf[plan[flow.from()][0]],
				problem.placeOf[plan[flow.to()][0]])).count();
		return split + " components over several places, " + flows + " of " + problem.flows.size()
				+ " flows over their bound, plan requirements " + (Evaluation.meetsPlanRequirements(problem, plan)
						? "met" : "not met") + ", " + Evaluation.overloadedLinks(problem, plan).size() + " links overloaded";
	}

	/** Whether {@code plan} keeps one place per component, every flow's bound, the plan's budgets and every link. */
	static boolean isRealPlan(Problem problem, int[][] plan) {
		for (int[] nodes : plan) {
			if (nodes.length == 0 || java.util.Arrays.stream(nodes).map(n -> problem.placeOf[n]).distinct().count() > 1) {
				return false;
			}
		}
		for (Problem.FlowSpec flow : problem.flows) {
			if (!problem.allows(flow, problem.placeOf[plan[flow.from()][0]], problem.placeOf[plan[flow.to()][0]])) {
				return false;
			}
		}
		return Evaluation.meetsPlanRequirements(problem, plan) && Evaluation.overloadedLinks(problem, plan).isEmpty();
	}

	private static void sortByCost(int[] nodes, long[] nodeCost) {
		int[] sorted = java.util.Arrays.stream(nodes).boxed()
				.sorted(java.util.Comparator.comparingLong((Integer n) -> nodeCost[n]).thenComparingInt(n -> n))
				.mapToInt(Integer::intValue).toArray();
		System.arraycopy(sorted, 0, nodes, 0, nodes.length);
	}

	/**
	 * The zone of each place: Edge sites at most {@link #ZONE_MS} apart, of the same kind and region, share one (the
	 * first site of a zone gathers the later ones near it). Zones are numbered from 0.
	 */
	static int[] zonesOf(Problem problem) {
		int[] zoneOf = new int[problem.placeCount()];
		java.util.Arrays.fill(zoneOf, -1);
		int zones = 0;
		for (int p = 0; p < zoneOf.length; p++) {
			if (zoneOf[p] >= 0) {
				continue;
			}
			zoneOf[p] = zones;
			for (int q = p + 1; q < zoneOf.length; q++) {
				if (zoneOf[q] < 0 && problem.places.get(q).getKind() == problem.places.get(p).getKind()
						&& java.util.Objects.equals(problem.places.get(q).getRegion(), problem.places.get(p).getRegion())
						&& problem.latency[p][q] != null && problem.latency[p][q].compareTo(ZONE_MS) <= 0) {
					zoneOf[q] = zones;
				}
			}
			zones++;
		}
		return zoneOf;
	}

	/**
	 * The pool model is proven optimal but its counts did not pack onto nodes at that cost: its optimum is still a
	 * lower bound, so the exact node-level model, started from the packed plan and told that bound, may find a plan
	 * at the bound or prove the packed one best.
	 */
	private Stages.Result closeThePackingGap(Stages.Result pooled, int[][] packed, int[][] places, long[] nodeCost) {
		long lowerBound = (long) Math.ceil(pooled.bound() * NodeCosts.SCALE - 1e-6);
		Stages.Result exact;
		try {
			exact = solveStages(Pools.singletons(problem), places, nodeCost, null, packed, () -> remainingSeconds(),
					lowerBound);
		} catch (PlacementModel.OutOfTime e) {
			exact = new Stages.Result(CpSolverStatus.UNKNOWN, null, false, Double.NaN, pooled.lastStage());
		}
		if (exact.assignment() == null || Evaluation.weighted(problem, objective, exact.assignment())
				> Evaluation.weighted(problem, objective, packed)) {
			return new Stages.Result(CpSolverStatus.FEASIBLE, packed, true, pooled.bound(), pooled.lastStage());
		}
		return new Stages.Result(exact.status(), exact.assignment(), true, Math.max(pooled.bound(), exact.bound()),
				exact.lastStage());
	}

	/**
	 * Whether the whole model would be too large to solve well in the time: then neighbourhoods. A middle-sized
	 * problem only when the zone relaxation will run too: without it, the search would report no bound.
	 */
	private boolean isLarge(Problem problem) {
		if (!Boolean.parseBoolean(System.getProperty("allstar.plan.neighbourhoods", "true"))) {
			return false; // for tuning runs: the whole model for the whole time
		}
		long candidates = 0;
		for (int[] nodes : problem.domain) {
			candidates += nodes.length;
		}
		debug("summed domains " + candidates);
		return candidates > LARGE_DOMAINS
				|| candidates > MIDDLE_DOMAINS && remainingSeconds() >= 2 * WHOLE_MODEL_MINIMUM_SECONDS;
	}

	private Stages.Result solveStages(Pools pools, int[][] places, long[] nodeCost, int[][] current, int[][] hint,
			java.util.function.DoubleSupplier seconds) {
		return solveStages(pools, places, nodeCost, current, hint, seconds, Long.MIN_VALUE);
	}

	/** As above; {@code lowerBound} (micro-points) is a known bound on the weighted objective, added as a constraint. */
	private Stages.Result solveStages(Pools pools, int[][] places, long[] nodeCost, int[][] current, int[][] hint,
			java.util.function.DoubleSupplier seconds, long lowerBound) {
		PlacementModel model = new PlacementModel(problem, pools, places, false, current != null ? Long.MAX_VALUE : deadline);
		limitedLinks.forEach(model::limit);
		Stages stages = new Stages(model, this::solveOnce, nodeCost);
		if (current != null) {
			stages.add("replan", model.migrations(current), 1);
		}
		if (objective.lexicographic()) {
			for (Term term : objective.order()) {
				stages.add(term.word(), model.term(term), termScale(term));
			}
		} else {
			var weighted = model.weighted(nodeCost, NodeCosts.perMicrosecond(objective));
			if (lowerBound != Long.MIN_VALUE) {
				model.model.addGreaterOrEqual(weighted, lowerBound);
			}
			stages.add(pools.count() < problem.nodeCount() && !isSingletons(pools) ? "pool" : "solve", weighted,
					NodeCosts.SCALE);
		}
		return stages.run(hint, seconds);
	}

	private static boolean isSingletons(Pools pools) {
		for (int[] members : pools.members) {
			if (members.length > 1) {
				return false;
			}
		}
		return true;
	}

	private static double termScale(Term term) {
		return term == Term.RISK ? 1_000_000 : 1000;
	}

	/** Runs one solve with the time left, reporting progress in the stage's points. */
	CpSolverStatus solveOnce(com.google.ortools.sat.CpModel model, CpSolver solver, String phase,
			double scale, double seconds) {
		OrToolsNative.load();
		configure(model, solver.getParameters(), seconds);
		solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, seconds));
		// progress comes from the solution callback only: OR-Tools' best-bound callback crashed the JVM (SIGSEGV in
		// jni_NewObjectV on a solver thread) after a few hundred solves in one process
		String tuning = System.getProperty("allstar.plan.parameters"); // for tuning runs, in protobuf text format
		if (tuning != null) {
			try {
				com.google.protobuf.TextFormat.merge(tuning, solver.getParameters());
			} catch (com.google.protobuf.TextFormat.ParseException e) {
				throw new IllegalArgumentException("allstar.plan.parameters: " + e.getMessage(), e);
			}
		}
		if (Boolean.getBoolean("allstar.plan.log")) { // the solver's own log, for tuning: -Dallstar.plan.log=true
			solver.getParameters().setLogSearchProgress(true).setLogToStdout(false);
			solver.setLogCallback(new Consumer<String>() {
				@Override
				public void accept(String line) {
					System.err.println("cp-sat[" + phase + "] " + line);
				}
			});
		}
		running = solver;
		try {
			if (cancelled || System.nanoTime() - deadline > 0 && !phase.equals(ConflictSearch.PHASE)) {
				// past the limit nothing is solved (CP-SAT takes a while even for 0.05 s), except an explanation
				return CpSolverStatus.UNKNOWN;
			}
			double before = elapsed();
			CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
				@Override
				public void onSolutionCallback() {
					progress.accept(new Progress(phase, elapsed(), objectiveValue() / scale, bestObjectiveBound() / scale));
				}
			});
			if (Boolean.getBoolean("allstar.plan.debug")) {
				System.err.printf(java.util.Locale.ROOT, "solve %s: %.2f s asked, %.2f to %.2f s, %s, %d variables%n",
						phase, seconds, before, elapsed(), status, model.getBuilder().getVariablesCount());
			}
			return status;
		} finally {
			running = null;
		}
	}

	/**
	 * Workers and presolve by model size. More workers than cores pays on this problem: CP-SAT's portfolio then
	 * includes the subsolvers that raise the bound (max_lp, pseudo_costs, lb_tree_search, objective_lb_search), and
	 * 50 × 500 is proven optimal in about 10 s with 16 workers on 2 cores, where 2 workers leave a 7 % gap after 30 s.
	 * Each full-problem worker holds a copy of the model, so large models get fewer workers (memory) and a light
	 * presolve (the full one took 27 s of a 60 s budget at 500 × 5,000). Explanations need a single worker: the
	 * infeasible subset of assumptions comes from one search.
	 */
	static void configure(com.google.ortools.sat.CpModel model, com.google.ortools.sat.SatParameters.Builder parameters,
			double seconds) {
		var proto = model.getBuilder();
		if (proto.getAssumptionsCount() > 0) {
			parameters.setNumWorkers(1);
			return;
		}
		boolean large = proto.getVariablesCount() > LARGE_MODEL;
		int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
		// a short run needs its first plan more than a proof: then as many workers as cores
		parameters.setNumWorkers(large ? Math.max(6, cores) : seconds < 5 ? cores : Math.max(16, cores));
		if (large) {
			parameters.setMaxPresolveIterations(1).setCpModelProbingLevel(0).setSymmetryLevel(0);
		} else if (seconds >= 5 && proto.getVariablesCount() <= FULLY_LINEARIZED_MODEL) {
			// the LP with every constraint linearized raises the bound of a small pool model: 50 × 500 (price) is
			// proven optimal in 2–4 s instead of 3–20 s or not at all within 30 s; at 100 × 1,000 the heavier LP
			// left the greedy plan unimproved after 30 s
			parameters.setLinearizationLevel(2);
		}
	}

	/** Variables up to which a model gets the full linearization (50 × 500: about 2,300). */
	private static final int FULLY_LINEARIZED_MODEL = 5_000;
	/** Variables above which a model counts as large (500 × 5,000 has about 190,000; 50 × 500 about 2,300). */
	private static final int LARGE_MODEL = 30_000;

	private Outcome planned(Stages.Result result, int[][] assignment, int[][] current, double greedyObjective,
			double greedySeconds) {
		double value = result.lastValue(problem, objective, assignment);
		boolean proven = result.status() == CpSolverStatus.OPTIMAL && value <= result.bound() + 1e-9;
		if (result.status() == CpSolverStatus.OPTIMAL && !proven) {
			notes.add("packing the pools onto nodes needed more than the pool model's optimum");
		}
		int migrations = current == null ? -1 : Evaluation.migrations(problem, current, assignment);
		return new Outcome(proven ? PlanStatus.OPTIMAL : PlanStatus.FEASIBLE, assignment, value, result.bound(),
				migrations, List.of(), greedyObjective, greedySeconds, greedyAssignment, notes);
	}

	private Outcome fallback(Optional<int[][]> greedy, double greedyObjective, double greedySeconds) {
		if (greedy.isPresent() && !cancelled) {
			notes.add("the solver found no plan within the time limit; this is the greedy plan");
			return new Outcome(PlanStatus.FEASIBLE, greedy.get(), greedyObjective, Double.NaN, -1, List.of(),
					greedyObjective, greedySeconds, greedyAssignment, notes);
		}
		notes.add(cancelled ? "cancelled" : "no plan found within the time limit; give it more time");
		return new Outcome(PlanStatus.UNKNOWN, null, Double.NaN, Double.NaN, -1, List.of(), greedyObjective,
				greedySeconds, greedyAssignment, notes);
	}

	private Outcome infeasible(List<Conflict> conflicts) {
		return new Outcome(PlanStatus.INFEASIBLE, null, Double.NaN, Double.NaN, -1, conflicts, Double.NaN, 0, null,
				notes);
	}

	private List<Conflict> explain() {
		progress.accept(new Progress("explain", elapsed(), Double.NaN, Double.NaN));
		return new ConflictSearch(problem, this::solveOnce).explain(limitedLinks, () -> Math.max(1, remainingSeconds()));
	}

	private void debug(String what) {
		if (Boolean.getBoolean("allstar.plan.debug")) {
			System.err.printf(java.util.Locale.ROOT, "planner: %s at %.2f s (%.2f s left)%n", what, elapsed(),
					remainingSeconds());
		}
	}

	private double remainingSeconds() {
		return Math.max(0, (deadline - System.nanoTime()) / 1e9);
	}

	private double elapsed() {
		return (System.nanoTime() - start) / 1e9;
	}

	/** The bandwidth a link offers in Mbps, if it declares one. */
	static Optional<Rational> bandwidthOf(Link link) {
		return Quantities.valueIn(link.getBandwidth(), Unit.MBPS);
	}

	/** How one solve is run (the planner supplies time limits, progress and cancellation). */
	@FunctionalInterface
	interface SolverRun {
		CpSolverStatus run(com.google.ortools.sat.CpModel model, CpSolver solver, String phase, double scale,
				double seconds);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.allstar.model.Link;
import org.allstar.model.quantity.Rational;
import org.allstar.plan.Objective.Term;
import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.Problem.FlowSpec;
import org.allstar.plan.problem.Problem.PathSpec;
import org.allstar.plan.problem.Rounding;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.TableConstraint;
import com.google.ortools.util.Domain;

/**
 * The placement problem as a CP-SAT model over pools of interchangeable nodes.
 * <ul>
 * <li>{@code y[c][i]}: how many replicas of component c go to its i-th candidate pool (each on its own node);
 * {@code used[g]}: how many nodes of pool g are used; {@code w[c][j]}: c runs at its j-th candidate place (a
 * provider; all replicas of a component run at one place).</li>
 * <li>Capacity per pool and resource: what the replicas ask ≤ capacity × used nodes (the strong form: an unused
 * node offers nothing, which keeps the LP bound tight).</li>
 * <li>Flow latency bounds and reachability: one clause per flow and source place, over the target's places.
 * End-to-end paths and the latency objective: a table from the two places to the hop's latency.</li>
 * <li>Budget, energy: linear in {@code used}. Availability: in logarithms, each component counted with its worst
 * replica node, which can only under-estimate what the verifier computes.</li>
 * </ul>
 * With singleton pools this is the exact node-level model; with larger pools it is a relaxation whose bound is a
 * valid bound for the real problem, and a packing step chooses the nodes.
 * <p>
 * In explain mode every requirement group gets an enforcement literal, so CP-SAT can name a subset of requirements
 * that cannot hold together.
 */
final class PlacementModel {

	/** Latency that stands for "no path" in tables: larger than any bound. */
	static final long NO_PATH_MICROS = 1_000_000_000L;
	/** Availability logarithms in units of 1e-9. */
	private static final double LOG_SCALE = 1e9;

	final Problem problem;
	final Pools pools;
	final CpModel model = new CpModel();
	final int[][] placesOf;
	final int[][] poolsOf;
	final IntVar[][] y;
	final BoolVar[][] w;
	final IntVar[] used;
	final IntVar[] site;
	/** [component] the number of replicas it runs, where that is for the solver to choose; else null. */
	private final IntVar[] count;
	/** [component] the sum of its y. */
	private final LinearExpr[] replicaTotal;
	private final boolean explain;
	/** Requirement groups and their enforcement literals (explain mode only), in insertion order. */
	final Map<String, BoolVar> groups = new LinkedHashMap<>();
	final Map<Term, LinearExpr> terms = new TreeMap<>();
	private final Map<Link, Boolean> limitedLinks = new LinkedHashMap<>();
	/** A hop latency variable between the places of two components, kept for complete hints. */
	record Hop(int from, int to, IntVar latency) {
	}

	final List<Hop> hops = new ArrayList<>();

	/**
	 * The model of {@code problem} over {@code pools}, using only the places in {@code placesOf} for each component.
	 */
	PlacementModel(Problem problem, Pools pools, int[][] placesOf, boolean explain) {
		this(problem, pools, placesOf, explain, Long.MAX_VALUE);
	}

	/**
	 * As above, abandoned with {@link OutOfTime} once {@code deadline} (System.nanoTime) has passed: building the model
	 * of 80 × 800 took 1.7–2.9 s on a loaded machine, well past a 2 s limit, for a solve that then had no time.
	 */
	PlacementModel(Problem problem, Pools pools, int[][] placesOf, boolean explain, long deadline) {
		this.problem = problem;
		this.pools = pools;
		this.placesOf = placesOf;
		this.explain = explain;
		int count = problem.componentCount();
		poolsOf = new int[count][];
		y = new IntVar[count][];
		w = new BoolVar[count][];
		used = new IntVar[pools.count()];
		site = new IntVar[count];
		this.count = new IntVar[count];
		replicaTotal = new LinearExpr[count];
		for (int c = 0; c < count; c++) {
			component(c);
			OutOfTime.check(deadline);
		}
		capacity();
		trust();
		OutOfTime.check(deadline);
		flows();
		OutOfTime.check(deadline);
		endToEnd();
		budgets();
		availability();
		objectiveTerms();
		OutOfTime.check(deadline);
	}

	/** The time limit passed while a model was being built: the caller keeps the best plan it has. */
	static final class OutOfTime extends RuntimeException {
		private static final long serialVersionUID = 1L;

		OutOfTime() {
			super("the time limit passed while the model was built", null, false, false);
		}

		static void check(long deadline) {
			if (System.nanoTime() - deadline > 0) {
				throw new OutOfTime();
			}
		}
	}

	/**
	 * The places each component may use: those with enough eligible nodes for its replicas, then (unless
	 * {@code arcConsistent} is false) narrowed until every flow's bound can hold from each remaining place.
	 */
	static int[][] places(Problem problem, boolean arcConsistent) {
		int count = problem.componentCount();
		int[][] places = new int[count][];
		for (int c = 0; c < count; c++) {
			int[] eligible = new int[problem.placeCount()];
			for (int n : problem.domain[c]) {
				eligible[problem.placeOf[n]]++;
			}
			int replicas = problem.replicas[c];
			places[c] = IntStream.range(0, eligible.length).filter(p -> eligible[p] >= replicas).toArray();
		}
		boolean changed = arcConsistent;
		while (changed) {
			changed = false;
			for (FlowSpec flow : problem.flows) {
				int[] from = supported(problem, flow, places[flow.from()], places[flow.to()], true);
				int[] to = supported(problem, flow, places[flow.to()], from, false);
				changed |= from.length != places[flow.from()].length || to.length != places[flow.to()].length;
				places[flow.from()] = from;
				places[flow.to()] = to;
			}
		}
		return places;
	}

	private static int[] supported(Problem problem, FlowSpec flow, int[] mine, int[] theirs, boolean source) {
		return Arrays.stream(mine).filter(p -> Arrays.stream(theirs)
				.anyMatch(q -> source ? problem.allows(flow, p, q) : problem.allows(flow, q, p))).toArray();
	}

	private void component(int c) {
		int replicas = problem.replicas[c];
		int most = problem.maxReplicas[c];
		w[c] = new BoolVar[placesOf[c].length];
		for (int j = 0; j < w[c].length; j++) {
			w[c][j] = model.newBoolVar("w" + c + "_" + placesOf[c][j]);
		}
		BoolVar placed = group("place '" + problem.components.get(c).getName() + "' (" + replicas + " replica(s)) on the "
				+ problem.domain[c].length + " node(s) meeting its needs");
		if (placed == null) {
			model.addExactlyOne(w[c]);
		} else {
			model.addAtMostOne(w[c]);
			model.addEquality(LinearExpr.sum(w[c]), 1).onlyEnforceIf(placed);
		}
		Set<Integer> places = new java.util.HashSet<>();
		Arrays.stream(placesOf[c]).forEach(places::add);
		poolsOf[c] = Arrays.stream(problem.domain[c]).filter(n -> places.contains(problem.placeOf[n]))
				.map(n -> pools.poolOf[n]).distinct().sorted().toArray();
		y[c] = new IntVar[poolsOf[c].length];
		LinearExprBuilder total = LinearExpr.newBuilder();
		Map<Integer, LinearExprBuilder> perPlace = new LinkedHashMap<>();
		for (int i = 0; i < poolsOf[c].length; i++) {
			int pool = poolsOf[c][i];
			int here = Math.min(most, pools.size(pool));
			y[c][i] = here == 1 ? model.newBoolVar("y" + c + "_" + pool) : model.newIntVar(0, here, "y" + c + "_" + pool);
			total.add(y[c][i]);
			perPlace.computeIfAbsent(problem.placeOf[pools.representative(pool)], p -> LinearExpr.newBuilder())
					.add(y[c][i]);
			usedVar(pool);
		}
		count[c] = most == replicas ? null : model.newIntVar(replicas, most, "k" + c);
		LinearArgument runs = count[c] == null ? LinearExpr.constant(replicas) : count[c];
		if (placed == null) {
			model.addEquality(total, runs);
		} else if (count[c] == null) {
			model.addEquality(total, LinearExpr.term(placed, replicas));
		} else {
			model.addEquality(total, runs).onlyEnforceIf(placed);
			model.addEquality(total, 0).onlyEnforceIf(placed.not());
		}
		replicaTotal[c] = total.build();
		for (int j = 0; j < placesOf[c].length; j++) {
			LinearExprBuilder here = perPlace.get(placesOf[c][j]);
			if (here == null) {
				model.addEquality(w[c][j], 0);
			} else {
				model.addLessOrEqual(here, LinearExpr.term(w[c][j], most));
			}
		}
	}

	private IntVar usedVar(int pool) {
		if (used[pool] == null) {
			used[pool] = pools.size(pool) == 1 ? model.newBoolVar("u" + pool)
					: model.newIntVar(0, pools.size(pool), "u" + pool);
		}
		return used[pool];
	}

	private void capacity() {
		List<List<int[]>> onPool = onPool();
		for (int g = 0; g < pools.count(); g++) {
			if (used[g] == null) {
				continue;
			}
			long[] capacity = problem.capacity[pools.representative(g)];
			List<int[]> here = onPool.get(g);
			boolean linked = false;
			for (int r = 0; r < Problem.RESOURCES; r++) {
				if (capacity[r] == Problem.UNCHECKED) {
					continue;
				}
				LinearExprBuilder asked = LinearExpr.newBuilder();
				long most = 0;
				for (int[] ci : here) {
					long demand = problem.demand[ci[0]][r];
					if (demand > 0) {
						asked.addTerm(y[ci[0]][ci[1]], demand);
						most += demand * Math.min(problem.maxReplicas[ci[0]], pools.size(g));
					}
				}
				if (most > 0) {
					model.addLessOrEqual(asked, LinearExpr.term(used[g], Math.min(capacity[r], most)));
					linked = true;
				}
			}
			bigItemCuts(g, capacity, here);
			for (int[] ci : here) {
				if (!linked || problem.maxReplicas[ci[0]] > 1 || !asksAnything(ci[0])) {
					model.addLessOrEqual(y[ci[0]][ci[1]], used[g]); // replicas of one component need distinct nodes
				}
			}
		}
	}

	/**
	 * Valid cuts that the capacity sums alone do not give the LP: a node holds at most k replicas that each ask more
	 * than 1/(k+1) of the same resource, so their count on a pool is at most k × used nodes.
	 */
	private void bigItemCuts(int g, long[] capacity, List<int[]> here) {
		if (pools.size(g) == 1 && here.size() < 2) {
			return;
		}
		for (int r = 0; r < Problem.RESOURCES; r++) {
			if (capacity[r] <= 0) {
				continue;
			}
			for (int k = 1; k <= 3; k++) {
				LinearExprBuilder big = LinearExpr.newBuilder();
				int count = 0;
				for (int[] ci : here) {
					if (problem.demand[ci[0]][r] * (k + 1) > capacity[r]) {
						big.add(y[ci[0]][ci[1]]);
						count++;
					}
				}
				if (count > k) {
					model.addLessOrEqual(big, LinearExpr.term(used[g], k));
				}
			}
		}
	}

	private boolean asksAnything(int c) {
		return Arrays.stream(problem.demand[c]).anyMatch(d -> d > 0);
	}

	/** [pool] the (component, candidate index) pairs that may use it. */
	private List<List<int[]>> onPool() {
		List<List<int[]>> onPool = new ArrayList<>();
		for (int g = 0; g < pools.count(); g++) {
			onPool.add(new ArrayList<>());
		}
		for (int c = 0; c < y.length; c++) {
			for (int i = 0; i < poolsOf[c].length; i++) {
				onPool.get(poolsOf[c][i]).add(new int[] { c, i });
			}
		}
		return onPool;
	}

	/** Untrusted and safety-critical components never share a node: on a pool they need distinct nodes. */
	private void trust() {
		BoolVar enforce = null;
		for (List<int[]> here : onPool()) {
			List<int[]> untrusted = here.stream().filter(ci -> problem.untrusted[ci[0]]).toList();
			List<int[]> critical = here.stream().filter(ci -> problem.critical[ci[0]]).toList();
			for (int[] u : untrusted) {
				for (int[] k : critical) {
					if (enforce == null) {
						enforce = group("untrusted and safety-critical components on different nodes");
					}
					int pool = poolsOf[u[0]][u[1]];
					enforced(model.addLessOrEqual(LinearExpr.sum(new LinearArgument[] { y[u[0]][u[1]], y[k[0]][k[1]] }),
							used[pool]), enforce);
				}
			}
		}
	}

	/**
	 * For each place p of the flow's source, the target's place must be one the bound allows from p: written as a
	 * clause over the allowed places or as implications to the forbidden ones, whichever is shorter.
	 */
	private void flows() {
		for (int f = 0; f < problem.flows.size(); f++) {
			FlowSpec flow = problem.flows.get(f);
			BoolVar enforce = null;
			int a = flow.from();
			int b = flow.to();
			for (int j = 0; j < placesOf[a].length; j++) {
				int p = placesOf[a][j];
				List<Literal> allowed = new ArrayList<>();
				List<Literal> forbidden = new ArrayList<>();
				for (int k = 0; k < placesOf[b].length; k++) {
					(problem.allows(flow, p, placesOf[b][k]) ? allowed : forbidden).add(w[b][k]);
				}
				if (forbidden.isEmpty()) {
					continue;
				}
				if (enforce == null) {
					enforce = group(describe(flow));
				}
				Literal[] when = enforce == null ? new Literal[] { w[a][j] } : new Literal[] { w[a][j], enforce };
				if (forbidden.size() <= allowed.size()) {
					model.addBoolAnd(forbidden.stream().map(Literal::not).toList()).onlyEnforceIf(when);
				} else {
					model.addBoolOr(allowed).onlyEnforceIf(when);
				}
			}
		}
	}

	static String describe(FlowSpec flow) {
		return "flow " + flow.flow().getSource().getName() + " → " + flow.flow().getTarget().getName()
				+ (flow.boundMs() == null ? " needs a network path" : " latency < " + ms(flow.boundMs()) + " ms");
	}

	private void endToEnd() {
		for (PathSpec path : problem.endToEnd) {
			LinearExprBuilder total = LinearExpr.newBuilder();
			for (int i = 0; i + 1 < path.components().length; i++) {
				total.add(hopLatency(path.components()[i], path.components()[i + 1]));
			}
			long bound = Rounding.up(path.boundMs().multiply(Rational.of(1000))) - 1; // strictly below the bound
			BoolVar enforce = group("end-to-end latency " + String.join(" → ",
					Arrays.stream(path.components()).mapToObj(c -> problem.components.get(c).getName()).toList())
					+ " < " + ms(path.boundMs()) + " ms");
			enforced(model.addLessOrEqual(total, bound), enforce);
		}
	}

	/** A variable equal to the latency in µs between the places of two components (a large value for no path). */
	private IntVar hopLatency(int a, int b) {
		List<long[]> tuples = new ArrayList<>();
		long most = 0;
		for (int p : placesOf[a]) {
			for (int q : placesOf[b]) {
				long micros = problem.latencyMicros(p, q);
				micros = micros < 0 ? NO_PATH_MICROS : micros;
				tuples.add(new long[] { p, q, micros });
				most = Math.max(most, micros);
			}
		}
		IntVar latency = model.newIntVar(0, most, "lat" + a + "_" + b);
		hops.add(new Hop(a, b, latency));
		TableConstraint table = model.addAllowedAssignments(new IntVar[] { site(a), site(b), latency });
		tuples.forEach(table::addTuple);
		return latency;
	}

	/** The place of component c as an integer variable, tied to its place booleans. */
	IntVar site(int c) {
		if (site[c] == null) {
			site[c] = model.newIntVarFromDomain(Domain.fromValues(Arrays.stream(placesOf[c]).asLongStream().toArray()),
					"site" + c);
			model.addEquality(site[c], LinearExpr.weightedSum(w[c],
					Arrays.stream(placesOf[c]).asLongStream().toArray()));
		}
		return site[c];
	}

	private void budgets() {
		if (problem.budget != null) {
			long limit = Rounding.down(problem.budget.multiply(Rational.of(1000)));
			enforced(model.addLessOrEqual(perUsedNode(problem.price), limit),
					group("budget " + ms(problem.budget) + " EUR/month"));
		}
		if (problem.energyBudget != null) {
			long limit = Rounding.down(problem.energyBudget.multiply(Rational.of(1000)));
			enforced(model.addLessOrEqual(perUsedNode(problem.power), limit),
					group("energy budget " + ms(problem.energyBudget) + " W"));
		}
	}

	private LinearExpr perUsedNode(long[] perNode) {
		LinearExprBuilder sum = LinearExpr.newBuilder();
		for (int g = 0; g < used.length; g++) {
			if (used[g] != null && perNode[pools.representative(g)] != 0) {
				sum.addTerm(used[g], perNode[pools.representative(g)]);
			}
		}
		return sum.build();
	}

	private void availability() {
		if (problem.minimumAvailability == null) {
			return;
		}
		double minimum = problem.minimumAvailability.doubleValue();
		if (minimum <= 0) {
			return;
		}
		LinearExprBuilder total = LinearExpr.newBuilder();
		for (int c = 0; c < y.length; c++) {
			if (problem.maxReplicas[c] == 1) {
				for (int i = 0; i < y[c].length; i++) {
					total.addTerm(y[c][i], logUp(pools.representative(poolsOf[c][i]), 1));
				}
			} else {
				total.add(worstReplicaSet(c));
			}
		}
		long bound = (long) Math.ceil(Math.log(minimum) * LOG_SCALE) + 1;
		enforced(model.addGreaterOrEqual(total, bound),
				group("availability ≥ " + ms(problem.minimumAvailability.multiply(Rational.of(100))) + " %"));
	}

	/**
	 * A variable at most ln(availability) of component c's replicas in parallel, counting every replica as its least
	 * available node: for each possible replica count k, each pool used bounds it by ln(1 − (1 − a)^k).
	 */
	private IntVar worstReplicaSet(int c) {
		int least = problem.replicas[c];
		int most = problem.maxReplicas[c];
		BoolVar[] runs = new BoolVar[most - least + 1];
		for (int k = least; k <= most; k++) {
			runs[k - least] = model.newBoolVar("runs" + c + "_" + k);
			if (count[c] != null) {
				model.addEquality(count[c], k).onlyEnforceIf(runs[k - least]);
			}
		}
		model.addExactlyOne(runs);
		long worstPossible = 0;
		for (int i = 0; i < y[c].length; i++) {
			worstPossible = Math.min(worstPossible, logUp(pools.representative(poolsOf[c][i]), least));
		}
		IntVar worst = model.newIntVar(worstPossible, 0, "avail" + c);
		for (int i = 0; i < y[c].length; i++) {
			BoolVar there = model.newBoolVar("z" + c + "_" + i);
			model.addGreaterOrEqual(y[c][i], 1).onlyEnforceIf(there);
			model.addEquality(y[c][i], 0).onlyEnforceIf(there.not());
			for (int k = least; k <= most; k++) {
				model.addLessOrEqual(worst, logUp(pools.representative(poolsOf[c][i]), k))
						.onlyEnforceIf(new Literal[] { there, runs[k - least] });
			}
		}
		return worst;
	}

	/** ln of the fraction of time at least one of {@code replicas} such nodes is up, rounded down. */
	private long logUp(int node, int replicas) {
		double down = Math.pow(1 - problem.availability[node], replicas);
		return (long) Math.floor(Math.log1p(-down) * LOG_SCALE) - 1;
	}

	private void objectiveTerms() {
		terms.put(Term.PRICE, perUsedNode(NodeCosts.term(problem, Term.PRICE)));
		terms.put(Term.ENERGY, perUsedNode(NodeCosts.term(problem, Term.ENERGY)));
		terms.put(Term.RISK, perUsedNode(NodeCosts.term(problem, Term.RISK)));
	}

	/**
	 * The latency term in µs: the end-to-end paths, or every flow where there are none. Built on first use only, as
	 * its tables are the largest part of the model.
	 */
	LinearExpr latencyTerm() {
		return terms.computeIfAbsent(Term.LATENCY, t -> {
			LinearExprBuilder sum = LinearExpr.newBuilder();
			if (problem.endToEnd.isEmpty()) {
				problem.flows.forEach(f -> sum.add(hopLatency(f.from(), f.to())));
			} else {
				for (PathSpec path : problem.endToEnd) {
					for (int i = 0; i + 1 < path.components().length; i++) {
						sum.add(hopLatency(path.components()[i], path.components()[i + 1]));
					}
				}
			}
			return sum.build();
		});
	}

	/** The weighted objective: node costs per used node plus latency. */
	LinearExpr weighted(long[] nodeCost, long perMicrosecond) {
		LinearExprBuilder sum = LinearExpr.newBuilder();
		sum.add(perUsedNode(nodeCost));
		if (perMicrosecond != 0) {
			sum.addTerm(latencyTerm(), perMicrosecond);
		}
		return sum.build();
	}

	/** The term alone, in its whole units. */
	LinearExpr term(Term term) {
		return term == Term.LATENCY ? latencyTerm() : terms.get(term);
	}

	/**
	 * Limits the flows routed over {@code link} to its bandwidth (added when a plan overloaded it: most links are
	 * never close to full, so the planner adds these only as needed).
	 */
	void limit(Link link, Rational mbps) {
		if (limitedLinks.putIfAbsent(link, Boolean.TRUE) != null) {
			return;
		}
		LinearExprBuilder load = LinearExpr.newBuilder();
		boolean any = false;
		for (FlowSpec flow : problem.flows) {
			if (flow.mbps() == null || flow.mbps().signum() == 0) {
				continue;
			}
			BoolVar over = model.newBoolVar("over");
			TableConstraint table = model.addAllowedAssignments(new IntVar[] { site(flow.from()), site(flow.to()), over });
			boolean possible = false;
			for (int p : placesOf[flow.from()]) {
				for (int q : placesOf[flow.to()]) {
					boolean crosses = problem.paths[p][q] != null && problem.paths[p][q].links().contains(link);
					table.addTuple(new long[] { p, q, crosses ? 1 : 0 });
					possible |= crosses;
				}
			}
			if (possible) {
				load.addTerm(over, Rounding.up(flow.mbps().multiply(Rational.of(1000))));
				any = true;
			}
		}
		if (any) {
			enforced(model.addLessOrEqual(load, Rounding.down(mbps.multiply(Rational.of(1000)))),
					group("bandwidth of the link " + org.allstar.verify.network.NetworkGraph.nameOf(link.getSource())
							+ " – " + org.allstar.verify.network.NetworkGraph.nameOf(link.getTarget()) + " ("
							+ ms(mbps) + " Mbps)"));
		}
	}

	/** The number of replicas not on their current nodes (node-level models only). */
	LinearExpr migrations(int[][] current) {
		LinearExprBuilder moved = LinearExpr.newBuilder();
		for (int c = 0; c < y.length; c++) {
			moved.add(replicaTotal[c]);
			for (int n : current[c]) {
				int pool = pools.poolOf[n];
				int i = pool < 0 ? -1 : Arrays.binarySearch(poolsOf[c], pool);
				if (i >= 0) {
					moved.addTerm(y[c][i], -1);
				}
			}
		}
		return moved.build();
	}

	private BoolVar group(String description) {
		if (!explain) {
			return null;
		}
		return groups.computeIfAbsent(description, d -> model.newBoolVar("g" + groups.size()));
	}

	private static void enforced(Constraint constraint, BoolVar enforce) {
		if (enforce != null) {
			constraint.onlyEnforceIf(enforce);
		}
	}

	static String ms(Rational value) {
		return value.toBigDecimal(new java.math.MathContext(6)).toPlainString();
	}
}

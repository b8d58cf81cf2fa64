// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.allstar.plan.problem.Problem;

/**
 * Turns counts per pool into nodes: the replicas a pool received, largest first, each on the first of the pool's
 * nodes that has room, holds no other replica of the same component and no component of the opposite trust. The
 * pool model only knows that the pool's summed capacity suffices, so a replica may find no node in its pool (two
 * 3-core replicas and two 4-core nodes); it then goes to another eligible node at the same place (one already used
 * with room first, else the cheapest), which keeps every latency and bandwidth figure of the pool model's plan and
 * costs at most that node more.
 */
final class Packer {

	private final Problem problem;
	private final Pools pools;
	private final long[] nodeCost;
	private final long[][] left;
	private final List<List<Integer>> on = new ArrayList<>();
	private final List<List<Integer>> nodesOf = new ArrayList<>();

	private Packer(Problem problem, Pools pools, long[] nodeCost) {
		this.problem = problem;
		this.pools = pools;
		this.nodeCost = nodeCost;
		left = new long[problem.nodeCount()][];
		for (int n = 0; n < left.length; n++) {
			left[n] = problem.capacity[n].clone();
			on.add(new ArrayList<>());
		}
		for (int c = 0; c < problem.componentCount(); c++) {
			nodesOf.add(new ArrayList<>());
		}
	}

	/**
	 * [component] → nodes, from {@code counts[c][i]} replicas of c on its i-th candidate pool; empty when some
	 * replica finds no node at its place.
	 */
	static Optional<int[][]> pack(Problem problem, Pools pools, int[][] poolsOf, long[][] counts, long[] nodeCost) {
		Packer packer = new Packer(problem, pools, nodeCost);
		List<List<Integer>> items = new ArrayList<>();
		for (int g = 0; g < pools.count(); g++) {
			items.add(new ArrayList<>());
		}
		for (int c = 0; c < counts.length; c++) {
			for (int i = 0; i < counts[c].length; i++) {
				for (long k = 0; k < counts[c][i]; k++) {
					items.get(poolsOf[c][i]).add(c);
				}
			}
		}
		List<Integer> homeless = new ArrayList<>();
		for (int g = 0; g < pools.count(); g++) {
			homeless.addAll(packer.packPool(g, items.get(g)));
		}
		for (int c : homeless) {
			if (!packer.elsewhereAtItsPlace(c, items) && !packer.anywhereKeepingItsFlows(c)) {
				return Optional.empty();
			}
		}
		int[][] plan = packer.nodesOf.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
				.toArray(int[][]::new);
		return homeless.isEmpty() || keepsEndToEnd(problem, plan) ? Optional.of(plan) : Optional.empty();
	}

	/** Every end-to-end path, routed between first nodes as the verifier does, stays under its bound. */
	static boolean keepsEndToEnd(Problem problem, int[][] plan) {
		for (var path : problem.endToEnd) {
			var total = org.allstar.model.quantity.Rational.ZERO;
			int[] c = path.components();
			for (int i = 0; i + 1 < c.length; i++) {
				var ms = problem.latency[problem.placeOf[plan[c[i]][0]]][problem.placeOf[plan[c[i + 1]][0]]];
				if (ms == null) {
					return false;
				}
				total = total.add(ms);
			}
			if (total.compareTo(path.boundMs()) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** Packs the pool's replicas onto its nodes; returns those that found no room. */
	private List<Integer> packPool(int g, List<Integer> replicas) {
		long[] capacity = problem.capacity[pools.representative(g)];
		replicas.sort(Comparator.comparingDouble((Integer c) -> share(problem.demand[c], capacity)).reversed());
		List<Integer> homeless = new ArrayList<>();
		for (int c : replicas) {
			int chosen = -1;
			for (int n : pools.members[g]) {
				if (fits(c, n)) {
					chosen = n;
					break;
				}
			}
			if (chosen < 0) {
				homeless.add(c);
			} else {
				put(c, chosen);
			}
		}
		return homeless;
	}

	/** Another eligible node at the place the pool model chose for c: a used one with room, else the cheapest. */
	private boolean elsewhereAtItsPlace(int c, List<List<Integer>> items) {
		int place = -1;
		for (int g = 0; g < items.size() && place < 0; g++) {
			if (items.get(g).contains(c)) {
				place = problem.placeOf[pools.representative(g)];
			}
		}
		int best = -1;
		for (int n : problem.domain[c]) {
			if (problem.placeOf[n] == place && fits(c, n) && (best < 0 || better(n, best))) {
				best = n;
			}
		}
		if (best < 0) {
			return false;
		}
		put(c, best);
		return true;
	}

	/**
	 * The last resort: a node at any place from which every flow of c to and from the replicas placed so far keeps
	 * its bound. End-to-end paths are checked once everything is placed; link loads are checked by the planner,
	 * which limits overloaded links and plans again.
	 */
	private boolean anywhereKeepingItsFlows(int c) {
		int best = -1;
		for (int n : problem.domain[c]) {
			if (fits(c, n) && keepsFlows(c, problem.placeOf[n]) && (best < 0 || better(n, best))) {
				best = n;
			}
		}
		if (best < 0) {
			return false;
		}
		put(c, best);
		return true;
	}

	private boolean keepsFlows(int c, int place) {
		for (var flow : problem.flows) {
			if (flow.from() == c && nodesOf.get(flow.to()).stream()
					.anyMatch(n -> !problem.allows(flow, place, problem.placeOf[n]))) {
				return false;
			}
			if (flow.to() == c && nodesOf.get(flow.from()).stream()
					.anyMatch(n -> !problem.allows(flow, problem.placeOf[n], place))) {
				return false;
			}
		}
		return true;
	}

	private boolean better(int n, int than) {
		boolean usedN = !on.get(n).isEmpty();
		boolean usedThan = !on.get(than).isEmpty();
		if (usedN != usedThan) {
			return usedN;
		}
		return nodeCost[n] < nodeCost[than];
	}

	private void put(int c, int n) {
		for (int r = 0; r < Problem.RESOURCES; r++) {
			if (left[n][r] != Problem.UNCHECKED) {
				left[n][r] -= problem.demand[c][r];
			}
		}
		on.get(n).add(c);
		nodesOf.get(c).add(n);
	}

	private boolean fits(int c, int n) {
		for (int r = 0; r < Problem.RESOURCES; r++) {
			if (left[n][r] != Problem.UNCHECKED && problem.demand[c][r] > left[n][r]) {
				return false;
			}
		}
		for (int other : on.get(n)) {
			if (other == c || problem.untrusted[c] && problem.critical[other]
					|| problem.critical[c] && problem.untrusted[other]) {
				return false;
			}
		}
		return true;
	}

	/** The largest fraction of the node that one replica takes. */
	private static double share(long[] demand, long[] capacity) {
		double most = 0;
		for (int r = 0; r < demand.length; r++) {
			if (capacity[r] > 0) {
				most = Math.max(most, (double) demand[r] / capacity[r]);
			}
		}
		return most;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.allstar.plan.problem.Problem;

/**
 * Turns counts per pool into nodes: the replicas a pool received, largest first, each on the first of the pool's
 * nodes that has room, holds no other replica of the same component and no component of the opposite trust.
 */
final class Packer {

	private Packer() {
	}

	/**
	 * [component] → nodes, from {@code counts[c][i]} replicas of c on its i-th candidate pool; empty when a pool's
	 * nodes cannot hold what it received.
	 */
	static Optional<int[][]> pack(Problem problem, Pools pools, int[][] poolsOf, long[][] counts) {
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
		List<List<Integer>> nodesOf = new ArrayList<>();
		for (int c = 0; c < counts.length; c++) {
			nodesOf.add(new ArrayList<>());
		}
		for (int g = 0; g < pools.count(); g++) {
			if (!items.get(g).isEmpty() && !packPool(problem, pools.members[g], items.get(g), nodesOf)) {
				return Optional.empty();
			}
		}
		return Optional.of(nodesOf.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
				.toArray(int[][]::new));
	}

	private static boolean packPool(Problem problem, int[] nodes, List<Integer> replicas, List<List<Integer>> nodesOf) {
		long[] capacity = problem.capacity[nodes[0]];
		replicas.sort(Comparator.comparingDouble((Integer c) -> share(problem.demand[c], capacity)).reversed());
		long[][] left = new long[nodes.length][];
		List<List<Integer>> on = new ArrayList<>();
		for (int k = 0; k < nodes.length; k++) {
			left[k] = capacity.clone();
			on.add(new ArrayList<>());
		}
		for (int c : replicas) {
			int chosen = -1;
			for (int k = 0; k < nodes.length && chosen < 0; k++) {
				if (fits(problem, c, left[k], on.get(k))) {
					chosen = k;
				}
			}
			if (chosen < 0) {
				return false;
			}
			for (int r = 0; r < Problem.RESOURCES; r++) {
				if (left[chosen][r] != Problem.UNCHECKED) {
					left[chosen][r] -= problem.demand[c][r];
				}
			}
			on.get(chosen).add(c);
			nodesOf.get(c).add(nodes[chosen]);
		}
		return true;
	}

	private static boolean fits(Problem problem, int c, long[] left, List<Integer> here) {
		for (int r = 0; r < Problem.RESOURCES; r++) {
			if (left[r] != Problem.UNCHECKED && problem.demand[c][r] > left[r]) {
				return false;
			}
		}
		for (int other : here) {
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

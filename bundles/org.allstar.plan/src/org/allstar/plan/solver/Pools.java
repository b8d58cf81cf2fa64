// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.plan.problem.Problem;

/**
 * Nodes grouped into pools of interchangeable ones: same place, same capacities, price, power, risk and
 * availability, and eligible for exactly the same components. A solver that counts nodes per pool instead of
 * choosing each node has far fewer variables and none of the symmetry between twins; a packing step then picks the
 * nodes. Singleton pools give the exact node-level model.
 */
final class Pools {

	final int[][] members;
	final int[] poolOf;

	private Pools(List<int[]> members, int nodeCount) {
		this.members = members.toArray(int[][]::new);
		this.poolOf = new int[nodeCount];
		Arrays.fill(poolOf, -1);
		for (int g = 0; g < this.members.length; g++) {
			for (int n : this.members[g]) {
				poolOf[n] = g;
			}
		}
	}

	/** One pool per node that some component may use. */
	static Pools singletons(Problem problem) {
		List<int[]> members = new ArrayList<>();
		BitSet[] eligible = eligibility(problem);
		for (int n = 0; n < problem.nodeCount(); n++) {
			if (eligible[n] != null) {
				members.add(new int[] { n });
			}
		}
		return new Pools(members, problem.nodeCount());
	}

	/** Pools of interchangeable nodes, among the nodes some component may use. */
	static Pools identical(Problem problem) {
		return identical(problem, new boolean[problem.nodeCount()]);
	}

	/** Pools of interchangeable nodes; the {@code alone} nodes (partly taken already) each form their own pool. */
	static Pools identical(Problem problem, boolean[] alone) {
		BitSet[] eligible = eligibility(problem);
		Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
		for (int n = 0; n < problem.nodeCount(); n++) {
			if (eligible[n] != null) {
				List<Object> key = alone[n] ? List.of(n) : List.of(problem.placeOf[n], Arrays.toString(problem.capacity[n]), problem.price[n],
						problem.power[n], Double.toString(problem.risk[n]), Double.toString(problem.availability[n]),
						eligible[n]);
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
			}
		}
		return new Pools(groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList(),
				problem.nodeCount());
	}

	int count() {
		return members.length;
	}

	int size(int pool) {
		return members[pool].length;
	}

	/** The first node of the pool: every member has its numbers. */
	int representative(int pool) {
		return members[pool][0];
	}

	private static BitSet[] eligibility(Problem problem) {
		BitSet[] eligible = new BitSet[problem.nodeCount()];
		for (int c = 0; c < problem.componentCount(); c++) {
			for (int n : problem.domain[c]) {
				if (eligible[n] == null) {
					eligible[n] = new BitSet();
				}
				eligible[n].set(c);
			}
		}
		return eligible;
	}
}

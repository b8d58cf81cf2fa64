// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.allstar.plan.problem.Problem;
import org.allstar.plan.problem.Problem.FlowSpec;

/**
 * First-fit decreasing, the baseline the solver is measured against and the warm start it is given: components in
 * order of size, each next to the components it talks to (breadth first over flows, so latency bounds are met by
 * construction), on the cheapest nodes of one place that keep every bound with the neighbours placed so far, filling
 * nodes already paid for first. A component that finds no room moves to the front and the whole pass starts again
 * ("squeaky wheel"), a few times. It ignores budgets, end-to-end paths and availability; the solver does not.
 */
public final class Greedy {

	private static final int RESTARTS = 20;

	private final Problem problem;
	private final int[][] placesOf;
	private final long[] nodeCost;
	private long[][] left;
	private boolean[] usedNode;
	private int[][] assignment;
	private List<List<Integer>> onNode;

	Greedy(Problem problem, int[][] placesOf, long[] nodeCost) {
		this.problem = problem;
		this.placesOf = placesOf;
		this.nodeCost = nodeCost;
	}

	/** A plan ([component] → its nodes) if the heuristic finds one before {@code deadlineNanos}. */
	Optional<int[][]> place(long deadlineNanos) {
		List<Integer> priority = new ArrayList<>();
		for (int c = 0; c < problem.componentCount(); c++) {
			priority.add(c);
		}
		priority.sort(Comparator.comparingDouble(this::size).reversed());
		for (int attempt = 0; attempt <= RESTARTS && System.nanoTime() < deadlineNanos; attempt++) {
			int stuck = pass(order(priority));
			if (stuck < 0) {
				return Optional.of(assignment);
			}
			priority.remove(Integer.valueOf(stuck));
			priority.add(0, stuck);
		}
		return Optional.empty();
	}

	/** Breadth first over flows, starting from each not yet ordered component in priority order. */
	private List<Integer> order(List<Integer> priority) {
		List<List<Integer>> neighbours = neighbours();
		boolean[] seen = new boolean[problem.componentCount()];
		List<Integer> order = new ArrayList<>();
		for (int start : priority) {
			if (seen[start]) {
				continue;
			}
			Deque<Integer> queue = new ArrayDeque<>(List.of(start));
			seen[start] = true;
			while (!queue.isEmpty()) {
				int c = queue.poll();
				order.add(c);
				for (int next : neighbours.get(c)) {
					if (!seen[next]) {
						seen[next] = true;
						queue.add(next);
					}
				}
			}
		}
		return order;
	}

	private List<List<Integer>> neighbours() {
		List<List<Integer>> neighbours = new ArrayList<>();
		for (int c = 0; c < problem.componentCount(); c++) {
			neighbours.add(new ArrayList<>());
		}
		for (FlowSpec flow : problem.flows) {
			neighbours.get(flow.from()).add(flow.to());
			neighbours.get(flow.to()).add(flow.from());
		}
		return neighbours;
	}

	/** Places every component in order; the component that could not be placed, or -1. */
	private int pass(List<Integer> order) {
		left = new long[problem.nodeCount()][];
		usedNode = new boolean[problem.nodeCount()];
		assignment = new int[problem.componentCount()][];
		onNode = new ArrayList<>();
		for (int n = 0; n < problem.nodeCount(); n++) {
			left[n] = problem.capacity[n].clone();
			onNode.add(null);
		}
		for (int c : order) {
			if (!placeOne(c)) {
				return c;
			}
		}
		return -1;
	}

	private boolean placeOne(int c) {
		int[] best = null;
		long bestCost = Long.MAX_VALUE;
		for (int place : placesOf[c]) {
			if (!keepsFlowBounds(c, place)) {
				continue;
			}
			int[] nodes = cheapestNodes(c, place);
			if (nodes != null) {
				long cost = Arrays.stream(nodes).mapToLong(n -> usedNode[n] ? 0 : nodeCost[n]).sum();
				if (cost < bestCost) {
					bestCost = cost;
					best = nodes;
				}
			}
		}
		if (best == null) {
			return false;
		}
		assignment[c] = best;
		for (int n : best) {
			usedNode[n] = true;
			for (int r = 0; r < Problem.RESOURCES; r++) {
				if (left[n][r] != Problem.UNCHECKED) {
					left[n][r] -= problem.demand[c][r];
				}
			}
			if (onNode.get(n) == null) {
				onNode.set(n, new ArrayList<>());
			}
			onNode.get(n).add(c);
		}
		return true;
	}

	private boolean keepsFlowBounds(int c, int place) {
		for (FlowSpec flow : problem.flows) {
			if (flow.from() == c && assignment[flow.to()] != null
					&& !problem.allows(flow, place, problem.placeOf[assignment[flow.to()][0]])) {
				return false;
			}
			if (flow.to() == c && assignment[flow.from()] != null
					&& !problem.allows(flow, problem.placeOf[assignment[flow.from()][0]], place)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The replicas' nodes at {@code place}: nodes already used with room first (the fullest first, best fit), then
	 * the cheapest new ones; null when there are not enough.
	 */
	private int[] cheapestNodes(int c, int place) {
		List<Integer> fitting = new ArrayList<>();
		for (int n : problem.domain[c]) {
			if (problem.placeOf[n] == place && fits(c, n)) {
				fitting.add(n);
			}
		}
		if (fitting.size() < problem.replicas[c]) {
			return null;
		}
		fitting.sort(Comparator.<Integer>comparingLong(n -> usedNode[n] ? 0 : nodeCost[n])
				.thenComparingLong(n -> left[n][Problem.CPU]));
		return fitting.subList(0, problem.replicas[c]).stream().mapToInt(Integer::intValue).toArray();
	}

	private boolean fits(int c, int n) {
		for (int r = 0; r < Problem.RESOURCES; r++) {
			if (left[n][r] != Problem.UNCHECKED && problem.demand[c][r] > left[n][r]) {
				return false;
			}
		}
		List<Integer> here = onNode.get(n);
		if (here != null && (problem.untrusted[c] || problem.critical[c])) {
			for (int other : here) {
				if (problem.untrusted[c] && problem.critical[other] || problem.critical[c] && problem.untrusted[other]) {
					return false;
				}
			}
		}
		return true;
	}

	private double size(int c) {
		return problem.demand[c][Problem.CPU] / 1000.0 + problem.demand[c][Problem.MEMORY] / 4000.0;
	}
}

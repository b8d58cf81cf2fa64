// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The distance stress majorization aims at between every two nodes of one connected component: the shortest path
 * between them, each edge as long as the desired edge length or, where the two boxes it joins would not fit at that
 * distance, their half diagonals plus the node spacing. With equal boxes that fit, this is hops × edge length. Along
 * any path every edge is at least that long, so two boxes at their desired distance never overlap, however many hops
 * apart they are.
 */
final class DesiredDistances {

	private DesiredDistances() {
	}

	/**
	 * All pairs of {@code neighbours} (adjacency lists of one connected component), by Dijkstra from every node:
	 * O(n·m·log n), fine for the few hundred nodes a container holds.
	 */
	static double[][] of(int[][] neighbours, double[] halfDiagonals, double edgeLength, double spacing) {
		int n = neighbours.length;
		double[][] distances = new double[n][];
		for (int source = 0; source < n; source++) {
			distances[source] = from(source, neighbours, halfDiagonals, edgeLength, spacing);
		}
		return distances;
	}

	static double edgeLength(int u, int v, double[] halfDiagonals, double edgeLength, double spacing) {
		return Math.max(edgeLength, halfDiagonals[u] + halfDiagonals[v] + spacing);
	}

	private record Reached(double distance, int node) {
	}

	private static double[] from(int source, int[][] neighbours, double[] halfDiagonals, double edgeLength,
			double spacing) {
		double[] distance = new double[neighbours.length];
		Arrays.fill(distance, Double.POSITIVE_INFINITY);
		distance[source] = 0;
		PriorityQueue<Reached> queue = new PriorityQueue<>((a, b) -> Double.compare(a.distance(), b.distance()));
		queue.add(new Reached(0, source));
		while (!queue.isEmpty()) {
			Reached next = queue.poll();
			int u = next.node();
			if (next.distance() > distance[u]) {
				continue; // a stale entry: u was reached on a shorter path since
			}
			for (int v : neighbours[u]) {
				double through = distance[u] + edgeLength(u, v, halfDiagonals, edgeLength, spacing);
				if (through < distance[v]) {
					distance[v] = through;
					queue.add(new Reached(through, v));
				}
			}
		}
		return distance;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

/**
 * Stress majorization of one connected component (E. R. Gansner, Y. Koren, S. North: "Graph Drawing by Stress
 * Majorization", Graph Drawing 2004), in the localized form: each node in turn moves to the point that minimizes the
 * majorizing function of the stress with the other nodes fixed, which never raises the stress. The stress is
 * Σ w_ij (|x_i − x_j| − d_ij)² over all pairs, with w_ij = d_ij⁻².
 *
 * <p>The start is classical scaling (Torgerson's MDS, the start the paper recommends): the two leading eigenvectors
 * of the double-centred squared distances, found by power iteration from fixed vectors. Nothing is random, so the
 * same distances always give the same drawing.
 */
public final class StressMajorization {

	/** Power iterations for each eigenvector of the start; they converge long before on the graphs we draw. */
	private static final int POWER_ITERATIONS = 200;

	/** The centres found, the stress of the start and of the result, and how many sweeps it took. */
	public record Result(double[] x, double[] y, double startStress, double finalStress, int sweeps) {
	}

	private final double[][] d;
	private final int n;

	private StressMajorization(double[][] distances) {
		this.d = distances;
		this.n = distances.length;
	}

	/**
	 * Centres for nodes whose desired distances are {@code distances} (symmetric, finite, positive off the diagonal).
	 * Sweeps until one lowers the stress by less than {@code epsilon} of it, or {@code sweepLimit} times.
	 */
	public static Result layout(double[][] distances, int sweepLimit, double epsilon) {
		return new StressMajorization(distances).run(sweepLimit, epsilon);
	}

	private Result run(int sweepLimit, double epsilon) {
		double[] x = new double[n];
		double[] y = new double[n];
		classicalScaling(x, y);
		double start = stress(x, y);
		double current = start;
		int sweeps = 0;
		while (sweeps < sweepLimit && current > 0) {
			sweep(x, y);
			sweeps++;
			double next = stress(x, y);
			boolean settled = (current - next) < epsilon * current;
			current = next;
			if (settled) {
				break;
			}
		}
		return new Result(x, y, start, current, sweeps);
	}

	/** Σ w_ij (|x_i − x_j| − d_ij)² over the pairs i < j. */
	double stress(double[] x, double[] y) {
		double sum = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double dx = x[i] - x[j];
				double dy = y[i] - y[j];
				double gap = Math.sqrt(dx * dx + dy * dy) - d[i][j];
				sum += gap * gap / (d[i][j] * d[i][j]);
			}
		}
		return sum;
	}

	/** Moves every node, in order, to its localized majorization update (Gauss–Seidel: later nodes see it moved). */
	private void sweep(double[] x, double[] y) {
		for (int i = 0; i < n; i++) {
			double sumX = 0;
			double sumY = 0;
			double weights = 0;
			for (int j = 0; j < n; j++) {
				if (j == i) {
					continue;
				}
				double w = 1 / (d[i][j] * d[i][j]);
				double dx = x[i] - x[j];
				double dy = y[i] - y[j];
				double length = Math.sqrt(dx * dx + dy * dy); // not Math.hypot: it is several times slower, in the O(n²) loop
				if (length < 1e-9) {
					// on top of each other: any direction lowers the stress; a fixed one keeps the result repeatable
					double angle = 2.399963 * (i - j); // the golden angle, so that many such pairs spread out
					dx = Math.cos(angle);
					dy = Math.sin(angle);
					length = 1;
				}
				sumX += w * (x[j] + d[i][j] * dx / length);
				sumY += w * (y[j] + d[i][j] * dy / length);
				weights += w;
			}
			if (weights > 0) {
				x[i] = sumX / weights;
				y[i] = sumY / weights;
			}
		}
	}

	/** Classical scaling: coordinates from the two leading eigenvectors of B = −½ J D² J. */
	private void classicalScaling(double[] x, double[] y) {
		if (n < 2) {
			return;
		}
		double[][] b = doubleCentredSquares();
		double[] first = leadingEigenvector(b, null, 1.0);
		double[] second = leadingEigenvector(b, first, 1.7);
		double scaleX = Math.sqrt(Math.max(0, rayleigh(b, first)));
		double scaleY = Math.sqrt(Math.max(0, rayleigh(b, second)));
		for (int i = 0; i < n; i++) {
			x[i] = first[i] * scaleX;
			y[i] = second[i] * scaleY;
		}
	}

	private double[][] doubleCentredSquares() {
		double[][] b = new double[n][n];
		double[] rowMean = new double[n];
		double mean = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				b[i][j] = d[i][j] * d[i][j];
				rowMean[i] += b[i][j] / n;
			}
			mean += rowMean[i] / n;
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				b[i][j] = -0.5 * (b[i][j] - rowMean[i] - rowMean[j] + mean);
			}
		}
		return b;
	}

	/**
	 * The unit eigenvector of the largest eigenvalue of {@code b}, orthogonal to {@code other} if given: power
	 * iteration from the fixed vector cos(k·i), which is orthogonal to no eigenvector in practice.
	 */
	private double[] leadingEigenvector(double[][] b, double[] other, double k) {
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			v[i] = Math.cos(k * (i + 1)) + 0.1;
		}
		normalize(v, other);
		double[] next = new double[n];
		for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
			multiply(b, v, next);
			if (!normalize(next, other)) {
				return v; // b is zero on what is left: any unit vector will do
			}
			double[] swap = v;
			v = next;
			next = swap;
		}
		return v;
	}

	/** Makes {@code v} orthogonal to {@code other} (if given) and of length 1; false if nothing is left of it. */
	private static boolean normalize(double[] v, double[] other) {
		if (other != null) {
			double along = dot(v, other);
			for (int i = 0; i < v.length; i++) {
				v[i] -= along * other[i];
			}
		}
		double length = Math.sqrt(dot(v, v));
		if (length < 1e-12) {
			return false;
		}
		for (int i = 0; i < v.length; i++) {
			v[i] /= length;
		}
		return true;
	}

	private static void multiply(double[][] m, double[] v, double[] out) {
		for (int i = 0; i < m.length; i++) {
			out[i] = dot(m[i], v);
		}
	}

	private static double rayleigh(double[][] m, double[] v) {
		double[] mv = new double[v.length];
		multiply(m, v, mv);
		return dot(v, mv);
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

import java.util.Arrays;

/**
 * The boxes of some nodes by their centres, as the stress layout moves them: {@code x}, {@code y} the centres,
 * {@code width}, {@code height} the sizes (which never change).
 */
final class Boxes {

	/** Push passes before the sure but plainer sweep takes over (the stress drawing seldom needs more than one). */
	private static final int PUSH_PASSES = 50;

	final double[] x;
	final double[] y;
	final double[] width;
	final double[] height;

	Boxes(double[] x, double[] y, double[] width, double[] height) {
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	int size() {
		return x.length;
	}

	double left() {
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < size(); i++) {
			min = Math.min(min, x[i] - width[i] / 2);
		}
		return min;
	}

	double top() {
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < size(); i++) {
			min = Math.min(min, y[i] - height[i] / 2);
		}
		return min;
	}

	double right() {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < size(); i++) {
			max = Math.max(max, x[i] + width[i] / 2);
		}
		return max;
	}

	double bottom() {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < size(); i++) {
			max = Math.max(max, y[i] + height[i] / 2);
		}
		return max;
	}

	void translate(double dx, double dy) {
		for (int i = 0; i < size(); i++) {
			x[i] += dx;
			y[i] += dy;
		}
	}

	/**
	 * Moves boxes apart until no two come closer than {@code gap}: pairs that do are pushed apart, half each, along
	 * the axis where they overlap least (so the drawing changes little). Should that not settle, a sweep in the
	 * order of x moves each box right of the boxes it meets, which always ends.
	 */
	void separate(double gap) {
		for (int pass = 0; pass < PUSH_PASSES; pass++) {
			if (!pushPass(gap)) {
				return;
			}
		}
		sweepRight(gap);
	}

	/** One push of every overlapping pair; true if some pair had to be pushed. */
	private boolean pushPass(double gap) {
		boolean pushed = false;
		for (int i = 0; i < size(); i++) {
			for (int j = i + 1; j < size(); j++) {
				double dx = x[j] - x[i];
				double dy = y[j] - y[i];
				double overlapX = (width[i] + width[j]) / 2 + gap - Math.abs(dx);
				double overlapY = (height[i] + height[j]) / 2 + gap - Math.abs(dy);
				if (overlapX > 1e-6 && overlapY > 1e-6) {
					pushed = true;
					if (overlapX < overlapY) {
						double half = (dx >= 0 ? overlapX : -overlapX) / 2;
						x[i] -= half;
						x[j] += half;
					} else {
						double half = (dy >= 0 ? overlapY : -overlapY) / 2;
						y[i] -= half;
						y[j] += half;
					}
				}
			}
		}
		return pushed;
	}

	/** Boxes in order of their left side; each moves right of every box already placed that it meets. */
	private void sweepRight(double gap) {
		Integer[] order = new Integer[size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(x[a] - width[a] / 2, x[b] - width[b] / 2));
		for (int k = 0; k < order.length; k++) {
			int i = order[k];
			boolean moved = true;
			while (moved) {
				moved = false;
				for (int p = 0; p < k; p++) {
					int j = order[p];
					// with a margin, so that rounding cannot find a box it was just moved clear of
					if (Math.abs(x[i] - x[j]) < (width[i] + width[j]) / 2 + gap - 1e-6
							&& Math.abs(y[i] - y[j]) < (height[i] + height[j]) / 2 + gap - 1e-6) {
						x[i] = x[j] + (width[i] + width[j]) / 2 + gap;
						moved = true;
					}
				}
			}
		}
	}
}

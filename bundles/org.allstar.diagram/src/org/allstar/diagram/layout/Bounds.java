// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

/** Where a diagram node is, relative to its parent (the graph or its provider container), and how big. */
public record Bounds(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}
}

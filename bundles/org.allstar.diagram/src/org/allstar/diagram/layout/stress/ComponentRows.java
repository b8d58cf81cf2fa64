// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs separately drawn connected components in rows, tallest first (ties in the order of their first node), left
 * to right, a new row when the next would pass a width chosen for the wanted aspect ratio. Stress between two
 * components is undefined (no path), so each is drawn on its own and only their places are chosen here.
 */
final class ComponentRows {

	private ComponentRows() {
	}

	/** Moves each of {@code components} (in the order of their first node) to its place, top left at 0, 0. */
	static void pack(List<Boxes> components, double gap, double aspectRatio) {
		List<Boxes> order = new ArrayList<>(components);
		order.sort(Comparator.comparingDouble((Boxes b) -> -(b.bottom() - b.top()))); // stable: ties keep their order
		double area = 0;
		double widest = 0;
		for (Boxes b : order) {
			double width = b.right() - b.left();
			area += (width + gap) * (b.bottom() - b.top() + gap);
			widest = Math.max(widest, width);
		}
		double rowWidth = Math.max(widest, Math.sqrt(area * aspectRatio));
		double x = 0;
		double y = 0;
		double rowHeight = 0;
		for (Boxes b : order) {
			double width = b.right() - b.left();
			if (x > 0 && x + width > rowWidth) {
				x = 0;
				y += rowHeight + gap;
				rowHeight = 0;
			}
			b.translate(x - b.left(), y - b.top());
			x += width + gap;
			rowHeight = Math.max(rowHeight, b.bottom() - b.top());
		}
	}
}

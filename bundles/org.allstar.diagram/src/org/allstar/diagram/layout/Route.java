// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

import java.util.List;

/**
 * The path ELK gave an edge: its points from the source's border to the target's, in the diagram's coordinates
 * (an edge is a child of the graph). The route is only right while both ends stay where they were when it was
 * computed, so it remembers those places ({@code sourceAt}, {@code targetAt}: the ends' positions in the diagram's
 * coordinates); a move of either end makes the edge straight again until the next automatic layout.
 */
public record Route(Point sourceAt, Point targetAt, List<Point> points) {

	public Route {
		points = List.copyOf(points);
	}

	/** Whether the route still fits ends now at {@code source} and {@code target}. */
	public boolean fits(Point source, Point target) {
		return sourceAt.equals(source) && targetAt.equals(target);
	}
}

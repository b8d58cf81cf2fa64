// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The positions of one diagram's nodes and the routes of its edges, by element id
 * ({@link org.allstar.diagram.graph.Ids}). Kept beside the model in the layout side file, never in the model text.
 * Immutable: every change makes a new layout.
 */
public record DiagramLayout(Map<String, Bounds> positions, Map<String, Route> routes) {

	public static final DiagramLayout EMPTY = new DiagramLayout(Map.of(), Map.of());

	public DiagramLayout {
		positions = Map.copyOf(positions);
		routes = Map.copyOf(routes);
	}

	/** Positions only (edges drawn straight until the next automatic layout routes them). */
	public DiagramLayout(Map<String, Bounds> positions) {
		this(positions, Map.of());
	}

	public Optional<Bounds> of(String id) {
		return Optional.ofNullable(positions.get(id));
	}

	public Optional<Route> route(String edgeId) {
		return Optional.ofNullable(routes.get(edgeId));
	}

	/** This layout with {@code id} moved or resized (a change-bounds operation). */
	public DiagramLayout with(String id, Bounds bounds) {
		Map<String, Bounds> changed = new LinkedHashMap<>(positions);
		changed.put(id, bounds);
		return new DiagramLayout(changed, routes);
	}

	/** This layout without {@code id} (its element was deleted). */
	public DiagramLayout without(String id) {
		Map<String, Bounds> changed = new LinkedHashMap<>(positions);
		changed.remove(id);
		return new DiagramLayout(changed, routes);
	}

	/**
	 * This layout with every id passed through {@code rename} (an element renamed: ids are made of names, so the
	 * element, the nodes inside it and the edges at it get new ids, and keep their places under them).
	 */
	public DiagramLayout renamed(UnaryOperator<String> rename) {
		Map<String, Bounds> movedPositions = new LinkedHashMap<>();
		positions.forEach((id, bounds) -> movedPositions.put(rename.apply(id), bounds));
		Map<String, Route> movedRoutes = new LinkedHashMap<>();
		routes.forEach((id, route) -> movedRoutes.put(rename.apply(id), route));
		return new DiagramLayout(movedPositions, movedRoutes);
	}
}

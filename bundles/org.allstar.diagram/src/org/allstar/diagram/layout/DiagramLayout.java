// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The positions of one diagram, by element id ({@link org.allstar.diagram.graph.Ids}). Kept beside the model in
 * the layout side file, never in the model text. Immutable: every change makes a new layout.
 */
public record DiagramLayout(Map<String, Bounds> positions) {

	public static final DiagramLayout EMPTY = new DiagramLayout(Map.of());

	public DiagramLayout {
		positions = Map.copyOf(positions);
	}

	public Optional<Bounds> of(String id) {
		return Optional.ofNullable(positions.get(id));
	}

	/** This layout with {@code id} moved or resized (a change-bounds operation). */
	public DiagramLayout with(String id, Bounds bounds) {
		Map<String, Bounds> changed = new LinkedHashMap<>(positions);
		changed.put(id, bounds);
		return new DiagramLayout(changed);
	}

	/** This layout without {@code id} (its element was deleted). */
	public DiagramLayout without(String id) {
		Map<String, Bounds> changed = new LinkedHashMap<>(positions);
		changed.remove(id);
		return new DiagramLayout(changed);
	}
}

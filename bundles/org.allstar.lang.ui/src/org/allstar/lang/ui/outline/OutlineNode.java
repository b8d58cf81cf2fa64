// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.outline;

import java.util.List;

/**
 * One model element in the outline: its label, where its name is (selected when the element is chosen) and the
 * range of its whole text (to find the element at the caret). Immutable, so it is built in the background.
 */
public record OutlineNode(String label, int nameOffset, int nameLength, int offset, int length,
		List<OutlineNode> children) {

	public boolean covers(int position) {
		return position >= offset && position <= offset + length;
	}

	/** The innermost node of {@code nodes} (or below them) whose text covers {@code position}, or null. */
	public static OutlineNode at(List<OutlineNode> nodes, int position) {
		for (OutlineNode node : nodes) {
			if (node.covers(position)) {
				OutlineNode inner = at(node.children(), position);
				return inner != null ? inner : node;
			}
		}
		return null;
	}
}

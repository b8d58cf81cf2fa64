// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;

/**
 * One model element in the outline: its label, where its name is (selected when the element is chosen) and the
 * range of its whole text (to find the element at the caret), and the model element itself, which it adapts to (so
 * the Properties view shows a selected node's element). Built in the background; the element is only read.
 */
public record OutlineNode(String label, int nameOffset, int nameLength, int offset, int length,
		List<OutlineNode> children, EObject element) implements IAdaptable {

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type.isInstance(element)) {
			return type.cast(element);
		}
		return element == null ? null : Adapters.adapt(element, type);
	}

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

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The ALLSTAR-ML text of a model element, as written in its file (for hashes that commit to exactly that text). */
public final class SourceText {
	private SourceText() {
	}

	/** The element's text from its first token to its last (an SLA: from {@code sla} to its closing brace). */
	public static String of(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) throw new IllegalArgumentException(element.eClass().getName() + " was not parsed from text");
		return node.getRootNode().getText().substring(node.getOffset(), node.getEndOffset());
	}
}

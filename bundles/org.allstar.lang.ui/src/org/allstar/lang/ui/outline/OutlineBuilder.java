// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * The outline of a parsed model: named elements ({@code provider CornerShop}, {@code node box}) and the statements
 * listed inside them (placements, flows, links, requirements), labelled by their text. Single-valued parts such as
 * quantities are left out. No SWT here.
 */
public class OutlineBuilder {

	private static final int MAX_LABEL = 60;

	@Inject
	private ILocationInFileProvider locations;

	public List<OutlineNode> build(XtextResource resource) {
		if (resource == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		return children(resource.getContents().get(0));
	}

	private List<OutlineNode> children(EObject parent) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (EObject child : parent.eContents()) {
			String label = label(child);
			if (label != null) {
				ITextRegion name = locations.getSignificantTextRegion(child);
				ITextRegion full = locations.getFullTextRegion(child);
				nodes.add(new OutlineNode(label, name.getOffset(), name.getLength(), full.getOffset(), full.getLength(),
						children(child), child));
			}
		}
		return nodes;
	}

	private static String label(EObject object) {
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		if (nameFeature != null && object.eGet(nameFeature) != null) {
			return object.eClass().getName().toLowerCase(Locale.ROOT) + " " + object.eGet(nameFeature);
		}
		EStructuralFeature containment = object.eContainingFeature();
		if (containment != null && containment.isMany()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
			if (node != null) {
				String text = NodeModelUtils.getTokenText(node);
				return text.length() > MAX_LABEL ? text.substring(0, MAX_LABEL - 1) + "…" : text;
			}
		}
		return null;
	}
}

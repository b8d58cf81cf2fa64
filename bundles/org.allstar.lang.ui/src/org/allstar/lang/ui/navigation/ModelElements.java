// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.navigation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * The model elements at a text offset, found with Xtext's own services (the node model and the linker), never by
 * reading the text: the element the caret is in, and the declaration a reference at the caret resolves to, which
 * may be in a sibling file of the folder. No SWT here.
 */
public class ModelElements {

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Inject
	private ILocationInFileProvider locations;

	/** The innermost element whose text covers {@code offset}, or empty outside any element. */
	public Optional<EObject> elementAt(XtextResource resource, int offset) {
		return Optional.ofNullable(atOffset.resolveContainedElementAt(resource, offset));
	}

	/**
	 * What a reference at {@code offset} resolves to (a node after {@code on}, a component in a flow, a provider),
	 * or the element whose name is at {@code offset}; empty elsewhere and for references that do not resolve.
	 */
	public Optional<EObject> declarationAt(XtextResource resource, int offset) {
		EObject referenced = atOffset.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null) {
			return referenced.eIsProxy() ? Optional.empty() : Optional.of(referenced);
		}
		return elementAt(resource, offset).filter(element -> nameCovers(element, offset));
	}

	/** The text range of a reference at {@code offset} (what is underlined as a hyperlink), or null. */
	public ITextRegion referenceRegionAt(XtextResource resource, int offset) {
		var node = atOffset.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
		return node == null ? null : node.getTextRegion();
	}

	/** Where the name of {@code element} is in its own file (the whole element when it has no name). */
	public ITextRegion nameRegion(EObject element) {
		return locations.getSignificantTextRegion(element);
	}

	private boolean nameCovers(EObject element, int offset) {
		ITextRegion name = nameRegion(element);
		return name != null && offset >= name.getOffset() && offset <= name.getOffset() + name.getLength();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.navigation;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Ctrl+click on a reference (a node after {@code on}, a component in a flow or placement, a provider): a hyperlink
 * to its declaration, in this file or in a sibling file of the folder. {@code model} gives the linked model of the
 * viewer's current text.
 */
public class DeclarationHyperlinkDetector implements IHyperlinkDetector {

	private final Supplier<XtextResource> model;
	private final ModelElements elements;
	private final Consumer<Declaration> opener;

	public DeclarationHyperlinkDetector(Supplier<XtextResource> model, ModelElements elements,
			Consumer<Declaration> opener) {
		this.model = model;
		this.elements = elements;
		this.opener = opener;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		XtextResource resource = model.get();
		if (resource == null) {
			return null;
		}
		ITextRegion reference = elements.referenceRegionAt(resource, region.getOffset());
		if (reference == null) {
			return null;
		}
		return elements.declarationAt(resource, region.getOffset()).map(target -> Declaration.of(target, elements))
				.map(declaration -> new IHyperlink[] {
						new Link(new Region(reference.getOffset(), reference.getLength()), declaration) })
				.orElse(null);
	}

	private final class Link implements IHyperlink {
		private final IRegion region;
		private final Declaration declaration;

		Link(IRegion region, Declaration declaration) {
			this.region = region;
			this.declaration = declaration;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			opener.accept(declaration);
		}
	}
}

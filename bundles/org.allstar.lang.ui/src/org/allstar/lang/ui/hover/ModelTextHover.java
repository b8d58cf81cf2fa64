// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.allstar.lang.ui.navigation.ModelElements;
import org.allstar.lang.ui.properties.ElementFacts;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The editor's hover: the problem under the mouse (the message of the squiggle, from the annotation model as the
 * platform's hover shows it), then the element a reference resolves to or the element declared there, with its
 * key figures (a node's cpu, memory, accelerators, price and region; a component's requirements; a flow's
 * bandwidth and latency bound). Plain text, one fact a line.
 */
public class ModelTextHover extends DefaultTextHover {

	private final Supplier<XtextResource> model;
	private final ModelElements elements;

	public ModelTextHover(ISourceViewer viewer, Supplier<XtextResource> model, ModelElements elements) {
		super(viewer);
		this.model = model;
		this.elements = elements;
	}

	/** Only the language's problems (not quick-diff changes, search results, bookmarks). */
	@Override
	protected boolean isIncluded(org.eclipse.jface.text.source.Annotation annotation) {
		return annotation instanceof org.allstar.lang.ui.validation.IssueAnnotation;
	}

	@Override
	@SuppressWarnings("deprecation") // the ITextHover form; the platform calls it for plain-text hovers
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>();
		String problems = super.getHoverInfo(viewer, region);
		if (problems != null && !problems.isBlank()) {
			parts.add(problems);
		}
		String element = describeAt(region.getOffset());
		if (element != null) {
			parts.add(element);
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** The element at {@code offset} with its facts, or null where there is none. */
	public String describeAt(int offset) {
		XtextResource resource = model.get();
		if (resource == null) {
			return null;
		}
		return elements.declarationAt(resource, offset).map(ModelTextHover::describe).orElse(null);
	}

	static String describe(org.eclipse.emf.ecore.EObject element) {
		StringBuilder text = new StringBuilder(ElementFacts.title(element));
		for (ElementFacts.Fact fact : ElementFacts.of(element)) {
			if (!"name".equals(fact.name())) {
				text.append('\n').append(fact.name()).append(": ").append(fact.value());
			}
		}
		return text.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.formatting2;

import static org.allstar.model.AllstarPackage.Literals.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.model.Import;
import org.allstar.model.Model;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The layout of ALLSTAR-ML: one blank line between top-level elements, blocks indented by two spaces, each property
 * and each nested element of a block on its own line, one space between the words of a line.
 */
public class AllstarMlFormatter extends AbstractFormatter2 {

	/** Keywords that start a property line inside the braces of each kind of block. */
	private static final Map<EClass, List<String>> PROPERTY_KEYWORDS = Map.of(
			PARTICIPANT, List.of("roles", "wallet"),
			PROVIDER, List.of("kind", "region", "location", "availability", "wallet", "roles"),
			NODE, List.of("cpu", "memory", "storage", "arch", "isolation", "price", "availability", "power", "state"),
			APPLICATION, List.of("budget", "energy"),
			COMPONENT, List.of("image", "cpu", "memory", "storage", "replicas", "isolation", "trust", "handles",
					"ports", "probe"),
			SLA, List.of("price", "duration", "compensation", "witnesses", "quorum", "fee"));

	/** Contained elements that sit on a line of their own. */
	private static final Set<EReference> LINE_ELEMENTS = Set.of(PROVIDER__ENDPOINTS, PROVIDER__NODES,
			NODE__ACCELERATORS, NETWORK__LINKS, APPLICATION__COMPONENTS, APPLICATION__FLOWS,
			APPLICATION__REQUIREMENTS, COMPONENT__VARIANTS, COMPONENT__ACCELERATOR, COMPONENT__PLACEMENT,
			DEPLOYMENT__PLACEMENTS, SLA__METRICS);

	/** The language's own style; the serializer would otherwise indent with tabs. */
	private static final String INDENTATION = "  ";

	@Override
	protected void initialize(FormatterRequest request) {
		ITypedPreferenceValues given = request.getPreferences();
		request.setPreferences(TypedPreferenceValues.castOrWrap(new MapBasedPreferenceValues(given,
				Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION))));
		super.initialize(request);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof Model model) {
			formatModel(model, document);
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatModel(Model model, IFormattableDocument document) {
		spaceBetweenTokens(model, document);
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(model);
		ISemanticRegion packageName = regions.feature(MODEL__NAME);
		if (packageName != null) {
			document.append(packageName, f -> f.setNewLines(2));
		}
		for (Import anImport : model.getImports()) {
			spaceBetweenTokens(anImport, document);
			boolean last = anImport == model.getImports().get(model.getImports().size() - 1);
			document.append(anImport, f -> f.setNewLines(last ? 2 : 1));
		}
		for (EObject element : model.getElements()) {
			document.format(element);
			boolean last = element == model.getElements().get(model.getElements().size() - 1);
			document.append(element, f -> f.setNewLines(last ? 1 : 2));
		}
		document.prepend(textRegionExtensions.regionFor(model).keyword("package"), f -> f.noSpace());
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		spaceBetweenTokens(element, document);
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		for (ISemanticRegion comma : regions.keywords(",")) {
			document.prepend(comma, f -> f.noSpace());
		}
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open != null && close != null) {
			document.interior(open, close, f -> f.indent());
			document.append(open, f -> f.setNewLines(1));
			document.prepend(close, f -> f.setNewLines(1));
		}
		for (String keyword : PROPERTY_KEYWORDS.getOrDefault(element.eClass(), List.of())) {
			for (ISemanticRegion region : regions.keywords(keyword)) {
				document.prepend(region, f -> f.setNewLines(1));
			}
		}
		for (EObject child : element.eContents()) {
			if (LINE_ELEMENTS.contains(child.eContainmentFeature())) {
				document.prepend(child, f -> f.setNewLines(1));
			}
			document.format(child);
		}
	}

	/** One space after every token of this element (lowest priority, so line breaks win). */
	private void spaceBetweenTokens(EObject element, IFormattableDocument document) {
		for (ISemanticRegion region : textRegionExtensions.semanticRegions(element)) {
			document.append(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
		}
	}
}

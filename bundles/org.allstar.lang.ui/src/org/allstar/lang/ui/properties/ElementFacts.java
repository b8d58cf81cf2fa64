// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allstar.model.Quantity;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The facts of a model element, read from the metamodel (no per-type code, so new attributes show up by
 * themselves): its attributes, its figures (quantities such as cpu, memory, price, bandwidth, and contained
 * parts such as accelerators and requirements, written as in the text) and its references, plus the provider's
 * region for a node. Used by the hover and the Properties view, of the text editor and of later diagram editors
 * that select the same elements. No SWT here.
 */
public final class ElementFacts {

	public static final String ATTRIBUTES = "Attributes";
	public static final String FIGURES = "Key figures";
	public static final String REFERENCES = "References";

	/** One fact: its category, its name (the feature's) and its value as text. */
	public record Fact(String category, String name, String value) {
	}

	private ElementFacts() {
	}

	public static List<Fact> of(EObject element) {
		List<Fact> facts = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)) {
				continue;
			}
			String value = valueOf(element, feature);
			if (!value.isEmpty()) {
				facts.add(new Fact(categoryOf(feature), words(feature.getName()), value));
			}
		}
		inheritedRegion(element).ifPresent(facts::add);
		return facts;
	}

	/** The element's kind and name as the text writes them: "node gpuVm", "component transcoder". */
	public static String title(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		String kind = words(element.eClass().getName());
		return name != null && element.eGet(name) != null ? kind + " " + element.eGet(name) : kind;
	}

	private static String categoryOf(EStructuralFeature feature) {
		if (feature instanceof EAttribute) {
			return ATTRIBUTES;
		}
		return ((EReference) feature).isContainment() ? FIGURES : REFERENCES;
	}

	private static String valueOf(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature, true);
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(item -> text(feature, item)).toList());
		}
		return text(feature, value);
	}

	private static String text(EStructuralFeature feature, Object value) {
		if (value instanceof EObject object && !(feature instanceof EReference reference && reference.isContainment())) {
			return object.eIsProxy() ? "(unresolved)" : nameOf(object);
		}
		if (value instanceof Quantity quantity) {
			return quantity.getValue().stripTrailingZeros().toPlainString() + " " + quantity.getUnit();
		}
		if (value instanceof EObject object) { // contained: named parts by name (a provider's nodes), others as written
			EStructuralFeature name = object.eClass().getEStructuralFeature("name");
			return name != null && object.eGet(name) != null ? String.valueOf(object.eGet(name)) : sourceText(object);
		}
		return String.valueOf(value);
	}

	/** A contained part as written in the text ("gpu nvidia "A10G" count 2 memory 24 GB"), else its title. */
	private static String sourceText(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node != null ? NodeModelUtils.getTokenText(node) : title(object);
	}

	private static String nameOf(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		Object own = name == null ? null : object.eGet(name);
		if (own == null) {
			return title(object);
		}
		EObject container = object.eContainer();
		EStructuralFeature containerName = container == null ? null : container.eClass().getEStructuralFeature("name");
		return containerName != null && container.eGet(containerName) != null
				? container.eGet(containerName) + "." + own : String.valueOf(own);
	}

	/** A node runs in its provider's region: shown with the node, where the hover is asked for it. */
	private static java.util.Optional<Fact> inheritedRegion(EObject element) {
		EObject container = element.eContainer();
		EStructuralFeature region = container == null ? null : container.eClass().getEStructuralFeature("region");
		if (element.eClass().getEStructuralFeature("region") != null || region == null
				|| container.eGet(region) == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Fact(ATTRIBUTES, "region", container.eGet(region) + " (of "
				+ title(container) + ")"));
	}

	/** "dataClass" and "DataClass" become "data class". */
	static String words(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}

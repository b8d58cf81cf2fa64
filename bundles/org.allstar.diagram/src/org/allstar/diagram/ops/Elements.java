// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.allstar.diagram.graph.Ids;
import org.allstar.model.AllstarFactory;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.Quantity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Finds the elements a diagram edit names, by their diagram ids, in the fresh parse of the edited file's text. An
 * element that is not there (declared in another file, or the diagram not yet refreshed) refuses the edit.
 */
final class Elements {

	private Elements() {
	}

	static Application application(Model model) {
		return model.getElements().stream().filter(Application.class::isInstance).map(Application.class::cast)
				.findFirst().orElseThrow(() -> new EditRefused("This file declares no application to edit."));
	}

	static Optional<Component> findComponent(Application application, String id) {
		return application.getComponents().stream().filter(c -> id.equals(Ids.component(c))).findFirst();
	}

	static Component component(Application application, String id) {
		return findComponent(application, id)
				.orElseThrow(() -> new EditRefused("There is no component '" + id + "' in " + application.getName()
						+ " (the diagram may be out of date: wait for it to refresh, then try again)."));
	}

	static Optional<Provider> findProvider(Model model, String id) {
		return model.getElements().stream().filter(Provider.class::isInstance).map(Provider.class::cast)
				.filter(p -> id.equals(Ids.provider(p))).findFirst();
	}

	static Provider provider(Model model, String id) {
		return findProvider(model, id).orElseThrow(() -> notInThisFile("provider", id));
	}

	static Optional<Node> findNode(Model model, String id) {
		return model.getElements().stream().filter(Provider.class::isInstance).map(Provider.class::cast)
				.flatMap(p -> p.getNodes().stream()).filter(n -> id.equals(Ids.node(n))).findFirst();
	}

	static EditRefused notInThisFile(String what, String id) {
		return new EditRefused("The " + what + " '" + id + "' is not declared in this file: edit it in the diagram"
				+ " of the file that declares it.");
	}

	/**
	 * Refuses a rename or delete of {@code element} (or of what it contains) when another file refers to it: this
	 * edit changes only the edited file, and would leave the other file broken.
	 */
	static void notUsedElsewhere(String id, EObject element) {
		Resource own = element.eResource();
		if (own == null || own.getResourceSet() == null) {
			return;
		}
		List<EObject> targets = new ArrayList<>(List.of(element));
		element.eAllContents().forEachRemaining(targets::add);
		Set<String> files = new TreeSet<>();
		for (EObject target : targets) {
			for (EStructuralFeature.Setting use : EcoreUtil.UsageCrossReferencer.find(target, own.getResourceSet())) {
				Resource user = use.getEObject().eResource();
				if (user != null && user != own) {
					files.add(user.getURI().lastSegment());
				}
			}
		}
		if (!files.isEmpty()) {
			throw new EditRefused("'" + id + "' is used in " + String.join(", ", files)
					+ ": change it there first (this diagram edits only its own file).");
		}
	}

	/** {@code prefix1}, {@code prefix2}, ...: the first that no element in {@code taken} has. */
	static String freshName(String prefix, Collection<String> taken) {
		int number = 1;
		while (taken.contains(prefix + number)) {
			number++;
		}
		return prefix + number;
	}

	static Quantity quantity(long value, String unit) {
		Quantity quantity = AllstarFactory.eINSTANCE.createQuantity();
		quantity.setValue(BigDecimal.valueOf(value));
		quantity.setUnit(unit);
		return quantity;
	}
}

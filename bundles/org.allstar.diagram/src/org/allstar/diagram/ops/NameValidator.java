// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import org.allstar.diagram.DiagramTypes;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/**
 * Checks a name typed into a diagram label while it is typed: a name the language accepts, not taken by a sibling
 * of the same type (components of the application, nodes of a provider, providers).
 */
public class NameValidator implements LabelEditValidator {

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String problem = problem(label, element);
		return problem == null ? ValidationStatus.ok() : ValidationStatus.error(problem);
	}

	/** Why {@code name} cannot be the new name of the owner of {@code label}, or null when it can. */
	static String problem(String name, GModelElement label) {
		if (!(label instanceof GLabel) || !DiagramTypes.NAME.equals(label.getType())
				|| !(label.getParent() instanceof GNode owner)) {
			return "Only names can be edited in the diagram; edit the other figures in the text.";
		}
		String invalid = DiagramLanguage.shared().invalidName(name);
		if (invalid != null) {
			return invalid;
		}
		boolean taken = owner.getParent().getChildren().stream()
				.anyMatch(sibling -> sibling != owner && owner.getType().equals(sibling.getType())
						&& name.equals(nameOf(sibling)));
		return taken ? "'" + name + "' is taken; names are unique." : null;
	}

	/** The element's own name (the first word of its name label). */
	private static String nameOf(GModelElement element) {
		return element.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
				.filter(l -> DiagramTypes.NAME.equals(l.getType())).map(l -> l.getText().split(" ", 2)[0])
				.findFirst().orElse(null);
	}
}

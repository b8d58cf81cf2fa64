// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.Optional;

import org.allstar.diagram.DiagramTypes;
import org.allstar.model.Model;
import org.allstar.model.NamedElement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

/**
 * Renames a component, node or provider in place (its name label edited in the diagram). Xtext's change serializer
 * updates the references in the same file; references from other files show as errors there.
 */
public class Rename extends BasicOperationHandler<ApplyLabelEditOperation> {

	@Inject
	private TextEdits edits;

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		String name = operation.getText().trim();
		Optional<GModelElement> label = modelState.getIndex().get(operation.getLabelId());
		String problem = label.isEmpty()
				? "The renamed element is no longer in the diagram; try again after it refreshed."
				: NameValidator.problem(name, label.get());
		if (problem != null) {
			edits.refuse(problem);
			return Optional.empty();
		}
		GModelElement owner = label.get().getParent();
		if (!edits.allowed(models -> Elements.notUsedElsewhere(owner.getId(),
				element(models.get(0), owner.getType(), owner.getId())))) {
			return Optional.empty();
		}
		return edits.edit("Rename " + owner.getId() + " to " + name,
				model -> element(model, owner.getType(), owner.getId()).setName(name));
	}

	private static NamedElement element(Model model, String type, String id) {
		return switch (type) {
		case DiagramTypes.COMPONENT -> Elements.component(Elements.application(model), id);
		case DiagramTypes.PROVIDER -> Elements.provider(model, id);
		case DiagramTypes.HOST -> Elements.findNode(model, id).orElseThrow(() -> Elements.notInThisFile("node", id));
		default -> throw new EditRefused("A " + type + " has no name to edit.");
		};
	}
}

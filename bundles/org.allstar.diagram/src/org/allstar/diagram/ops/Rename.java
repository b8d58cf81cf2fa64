// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.Optional;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.graph.Ids;
import org.allstar.model.Model;
import org.allstar.model.NamedElement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

/**
 * Renames a component, node or provider in place (its name label edited in the diagram). Xtext's change serializer
 * updates the references in the same file; references from other files show as errors there. Diagram ids are made
 * of names, so the stored positions and routes move to the new ids first: the renamed element stays where it was.
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
		String oldId = owner.getId();
		String newId = Ids.withName(oldId, name);
		DiagramSource source = edits.source();
		return edits.edit("Rename " + oldId + " to " + name,
				model -> element(model, owner.getType(), oldId).setName(name),
				() -> source.layoutChanged(source.layout().renamed(id -> Ids.renamed(id, oldId, newId))));
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

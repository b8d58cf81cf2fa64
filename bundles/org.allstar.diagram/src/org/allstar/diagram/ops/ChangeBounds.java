// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.Optional;

import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.layout.DiagramLayout;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import com.google.inject.Inject;

/**
 * A move or resize: positions are the layout side file's, never the text's, so only the layout changes (the host
 * writes it on save). The rebuilt diagram keeps the stored positions.
 */
public class ChangeBounds extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	private TextEdits edits;

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		DiagramSource source = edits.source();
		return Optional.of(new TextEditCommand("Move", () -> {
			DiagramLayout layout = source.layout();
			for (ElementAndBounds moved : operation.getNewBounds()) {
				layout = layout.with(moved.getElementId(), new Bounds(moved.getNewPosition().getX(),
						moved.getNewPosition().getY(), moved.getNewSize().getWidth(), moved.getNewSize().getHeight()));
			}
			source.layoutChanged(layout);
		}));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.utils.MessageActionUtil;

/**
 * Takes GLSP's undo and redo (the client sends them on Ctrl+Z in the diagram): every diagram edit is a change of
 * the text, undone in the text editor, so the diagram keeps no history of its own and says where the history is.
 */
public class UndoInTextEditor implements ActionHandler {

	static final String MESSAGE = "Diagram edits are changes of the text: undo and redo them in the text editor"
			+ " (Edit > Undo); the diagram follows.";

	@Override
	public List<Class<? extends Action>> getHandledActionTypes() {
		return List.of(UndoAction.class, RedoAction.class);
	}

	@Override
	public List<Action> execute(Action action) {
		return List.of(MessageActionUtil.info(MESSAGE));
	}
}

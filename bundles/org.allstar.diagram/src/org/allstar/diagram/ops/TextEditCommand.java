// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A diagram edit handed to the host, which applies it to the text as one undoable document change. The text
 * editor's undo is the only history, so this command cannot be undone here: GLSP's command stack then has nothing
 * to undo, and Undo in the diagram is the text editor's (see {@link UndoInTextEditor}).
 */
final class TextEditCommand extends AbstractCommand {

	private final Runnable edit;

	TextEditCommand(String label, Runnable edit) {
		super(label);
		this.edit = edit;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		edit.run();
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public void redo() {
		throw new UnsupportedOperationException("diagram edits are redone in the text editor");
	}
}

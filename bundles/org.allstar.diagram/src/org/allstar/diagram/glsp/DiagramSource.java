// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.List;

import org.allstar.diagram.edit.TextReplacement;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.model.Model;

/**
 * What a diagram shows, supplied by its host (an editor over the text, or a test): the models as last parsed and
 * the positions of the diagram. The host owns both; the diagram only reads the models and reports new positions.
 */
public interface DiagramSource {

	/** The models to draw: the edited file first, then the files it links to. */
	List<Model> models();

	/** The positions last kept (from the side file, or from the previous layout). */
	DiagramLayout layout();

	/** Positions changed (automatic layout of new elements, or a move); the host writes them on save. */
	void layoutChanged(DiagramLayout layout);

	/** The edited file's text as the host's document holds it now: diagram edits are computed on this text. */
	String text();

	/**
	 * Applies a diagram edit to the edited file's document as one undoable change named {@code label}, so the text
	 * editor's undo history is the only one. The host re-parses and then refreshes the diagram by dispatching a
	 * {@link RefreshDiagramAction} to the session.
	 */
	void applyEdit(String label, TextReplacement edit);
}

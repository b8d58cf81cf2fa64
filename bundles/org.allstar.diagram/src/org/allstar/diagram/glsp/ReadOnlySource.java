// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.List;

import org.allstar.diagram.edit.TextReplacement;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.model.Model;

/**
 * A host that only shows models already parsed (the diagram benchmark, tests of drawing): it remembers the layout
 * the diagram reports and takes no edits, since it has no text to change.
 */
public final class ReadOnlySource implements DiagramSource {
	private final List<Model> models;
	private volatile DiagramLayout layout;

	public ReadOnlySource(List<Model> models, DiagramLayout layout) {
		this.models = List.copyOf(models);
		this.layout = layout;
	}

	@Override
	public List<Model> models() {
		return models;
	}

	@Override
	public DiagramLayout layout() {
		return layout;
	}

	@Override
	public void layoutChanged(DiagramLayout changed) {
		layout = changed;
	}

	@Override
	public String text() {
		throw new UnsupportedOperationException("a read-only diagram source has no text to edit");
	}

	@Override
	public void applyEdit(String label, TextReplacement edit) {
		throw new UnsupportedOperationException("a read-only diagram source takes no edits");
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.List;

import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

/**
 * A palette tool that creates one element type by a text edit: the element type id the client sends and the label
 * the palette shows are all a create handler declares besides its edit.
 */
abstract class TextCreateHandler<O extends CreateOperation> extends BasicOperationHandler<O>
		implements CreateOperationHandler<O> {

	@Inject
	protected TextEdits edits;

	private final String elementTypeId;
	private final String label;

	protected TextCreateHandler(String elementTypeId, String label) {
		this.elementTypeId = elementTypeId;
		this.label = label;
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(elementTypeId);
	}

	@Override
	public String getLabel() {
		return label;
	}
}

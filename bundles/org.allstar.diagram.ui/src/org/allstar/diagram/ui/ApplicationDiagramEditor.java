// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import org.allstar.diagram.DiagramTypes;

/** The components and flows of the model file's application. */
public class ApplicationDiagramEditor extends DiagramEditor {

	public static final String ID = "org.allstar.diagram.ui.application";

	public ApplicationDiagramEditor() {
		super(DiagramTypes.APPLICATION);
	}

	@Override
	protected String diagramName() {
		return "Application Diagram";
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import org.allstar.diagram.DiagramTypes;

/** The providers, their nodes and links of the model file's folder, with the deployment's placements. */
public class InfrastructureDiagramEditor extends DiagramEditor {

	public static final String ID = "org.allstar.diagram.ui.infrastructure";

	public InfrastructureDiagramEditor() {
		super(DiagramTypes.INFRASTRUCTURE);
	}

	@Override
	protected String diagramName() {
		return "Infrastructure Diagram";
	}
}

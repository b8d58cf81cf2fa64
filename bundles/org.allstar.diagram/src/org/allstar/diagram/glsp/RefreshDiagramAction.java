// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/**
 * Sent by the host after it re-parsed the text (a text edit, or a diagram edit applied to the text): the server
 * rebuilds the graph from the source's models and sends it to the client. GLSP runs each session's actions on its
 * own thread, so this action is how a host on another thread asks for a refresh.
 */
public class RefreshDiagramAction extends Action {

	public static final String KIND = "allstarRefreshDiagram";

	public RefreshDiagramAction() {
		super(KIND);
	}

	/** Rebuilds and submits the model. */
	public static class Handler extends AbstractActionHandler<RefreshDiagramAction> {

		@Inject
		private ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(RefreshDiagramAction action) {
			return submission.submitModel();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import org.allstar.diagram.ops.ChangeBounds;
import org.allstar.diagram.ops.NameValidator;
import org.allstar.diagram.ops.Rename;
import org.allstar.diagram.ops.UndoInTextEditor;
import org.allstar.diagram.ops.VerifierMarkers;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.undoredo.UndoRedoActionHandler;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * What both ALLSTAR diagram modules share: the model comes from the host ({@link HostedSourceStorage}), and layout is
 * computed on the server with ELK, so GLSP's own server layout stays manual; the server sizes the labels too, so the
 * client lays out nothing ({@link ClientLayout}).
 */
abstract class AllstarDiagramModule extends DiagramModule {

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return HostedSourceStorage.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(RefreshDiagramAction.Handler.class);
		binding.rebind(UndoRedoActionHandler.class, UndoInTextEditor.class);
	}

	/** Every edit is a text edit of the host's document (see {@link org.allstar.diagram.ops.TextEdits}). */
	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(Rename.class);
		binding.add(ChangeBounds.class);
	}

	/** The text editor's and the CLI's checks, as markers on the diagram's elements. */
	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return VerifierMarkers.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return NameValidator.class;
	}

	/** Layout is ours (server side, ELK), label sizes too: the model goes to the client once, ready to draw. */
	abstract static class Configuration extends BaseDiagramConfiguration {

		@Override
		public ServerLayoutKind getLayoutKind() {
			return ServerLayoutKind.MANUAL;
		}

		@Override
		public boolean needsClientLayout() {
			return ClientLayout.on();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.List;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.ops.ApplicationOperations;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** The GLSP diagram module of {@value DiagramTypes#APPLICATION}. */
public class ApplicationDiagramModule extends AllstarDiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramTypes.APPLICATION;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return Configuration.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return ApplicationGModelFactory.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(ApplicationOperations.CreateComponent.class);
		binding.add(ApplicationOperations.CreateFlow.class);
		binding.add(ApplicationOperations.Delete.class);
	}

	/** Components move, resize and delete; flows connect components. Layout is ours (server side, ELK). */
	public static class Configuration extends AllstarDiagramModule.Configuration {

		@Override
		public List<ShapeTypeHint> getShapeTypeHints() {
			return List.of(new ShapeTypeHint(DiagramTypes.COMPONENT, true, true, true, false));
		}

		@Override
		public List<EdgeTypeHint> getEdgeTypeHints() {
			return List.of(new EdgeTypeHint(DiagramTypes.FLOW, true, true, false,
					List.of(DiagramTypes.COMPONENT), List.of(DiagramTypes.COMPONENT)));
		}
	}
}

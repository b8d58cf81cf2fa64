// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.List;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.ops.InfrastructureOperations;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** The GLSP diagram module of {@value DiagramTypes#INFRASTRUCTURE}. */
public class InfrastructureDiagramModule extends AllstarDiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramTypes.INFRASTRUCTURE;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return Configuration.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return InfrastructureGModelFactory.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(InfrastructureOperations.CreateNode.class);
		binding.add(InfrastructureOperations.CreateProvider.class);
		binding.add(InfrastructureOperations.CreateLink.class);
		binding.add(InfrastructureOperations.Delete.class);
	}

	/** Providers contain nodes; links join nodes or providers. A node stays in its provider (not reparentable). */
	public static class Configuration extends AllstarDiagramModule.Configuration {

		@Override
		public List<ShapeTypeHint> getShapeTypeHints() {
			return List.of(
					new ShapeTypeHint(DiagramTypes.PROVIDER, true, true, true, false, List.of(DiagramTypes.HOST)),
					new ShapeTypeHint(DiagramTypes.HOST, true, true, true, false));
		}

		@Override
		public List<EdgeTypeHint> getEdgeTypeHints() {
			List<String> ends = List.of(DiagramTypes.HOST, DiagramTypes.PROVIDER);
			return List.of(new EdgeTypeHint(DiagramTypes.LINK, true, true, false, ends, ends));
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.Optional;

import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.model.Deployment;
import org.eclipse.glsp.graph.GGraph;

/**
 * The infrastructure diagram: the providers and networks of all the loaded files, with the first deployment of
 * the edited file as overlay when it has one.
 */
public class InfrastructureGModelFactory extends HostedGModelFactory {

	@Override
	protected GGraph build(DiagramSource source) {
		Optional<Deployment> overlay = source.models().stream().limit(1).flatMap(m -> m.getElements().stream())
				.filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst();
		return InfrastructureGraph.of(source.models(), overlay);
	}

	@Override
	protected AutoLayout.Style style() {
		return AutoLayout.Style.INFRASTRUCTURE;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.model.Application;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;

/** The application diagram: the first application of the edited file (an empty graph while there is none). */
public class ApplicationGModelFactory extends HostedGModelFactory {

	@Override
	protected GGraph build(DiagramSource source) {
		return source.models().stream().limit(1).flatMap(m -> m.getElements().stream())
				.filter(Application.class::isInstance).map(Application.class::cast).findFirst()
				.map(ApplicationGraph::of)
				.orElseGet(() -> new GGraphBuilder(org.allstar.diagram.DiagramTypes.GRAPH).id("empty").build());
	}

	@Override
	protected AutoLayout.Style style() {
		return AutoLayout.Style.APPLICATION;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import org.allstar.diagram.layout.AutoLayout;
import org.allstar.diagram.layout.DiagramLayout;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

/**
 * Builds the diagram from the host's models, lays it out (stored positions kept) and reports the positions back,
 * so the next rebuild after a text edit keeps them.
 */
public abstract class HostedGModelFactory implements GModelFactory {

	@Inject
	private DiagramSources sources;

	@Inject
	private GModelState state;

	@Override
	public void createGModel() {
		String uri = state.getClientOptions().get(DiagramSources.SOURCE_URI);
		DiagramSource source = sources.find(uri)
				.orElseThrow(() -> new GLSPServerException("The model of '" + uri + "' was closed."));
		state.updateRoot(sources.arranged(source, this::arrange));
	}

	/**
	 * The diagram of the source's models, laid out (stored positions kept, new ones reported to the source). It uses
	 * nothing but the source, so that it can be made ahead of the model request ({@link DiagramSources#arrangeAhead}).
	 */
	public final GGraph arrange(DiagramSource source) {
		GGraph graph = build(source);
		if (ClientLayout.on()) {
			ClientLayout.leaveLabelsToTheClient(graph);
		}
		DiagramLayout layout = AutoLayout.arrange(graph, source.layout(), style());
		if (!layout.equals(source.layout())) {
			source.layoutChanged(layout);
		}
		return graph;
	}

	/** The graph of this diagram type, without positions. */
	protected abstract GGraph build(DiagramSource source);

	protected abstract AutoLayout.Style style();
}

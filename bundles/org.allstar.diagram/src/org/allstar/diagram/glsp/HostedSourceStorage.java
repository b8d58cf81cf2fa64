// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

/**
 * The model is already in memory (the text editor's parse), so loading only checks that the host registered the
 * requested source; saving is the text editor's: the diagram marks itself clean.
 */
public class HostedSourceStorage implements SourceModelStorage {

	@Inject
	private DiagramSources sources;

	@Inject
	private GModelState state;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String uri = action.getOptions().get(DiagramSources.SOURCE_URI);
		if (sources.find(uri).isEmpty()) {
			throw new GLSPServerException("No model is open for '" + uri + "'; open the .allstar file in the editor"
					+ " first, then its diagram.");
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		state.saveIsDone();
	}
}

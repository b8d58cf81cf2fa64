// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;

/**
 * GLSP's client layout, off by default: the server sizes every node and label ({@code graph.Shapes}), so the model is
 * sent once and the page draws it once, without a hidden render to measure the labels and a second model from the
 * server. {@code -Dallstar.diagram.clientLayout=true} turns it on again, as it was before, for the open benchmark's
 * same-run baseline (docs/benchmarks.md, "Opening in the IDE"): the labels then go without sizes or places, for the
 * page to measure and place.
 */
public final class ClientLayout {

	/** The system property that turns GLSP's client layout on (read at each model submission). */
	public static final String PROPERTY = "allstar.diagram.clientLayout";

	private ClientLayout() {
	}

	static boolean on() {
		return Boolean.getBoolean(PROPERTY);
	}

	/** The labels under {@code root} as they were before the server sized them: for the client to measure. */
	static void leaveLabelsToTheClient(GModelElement root) {
		root.eAllContents().forEachRemaining(element -> {
			if (element instanceof GLabel label) {
				label.setSize(null);
				label.setAlignment(null);
				label.setPosition(null);
			}
		});
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;

/**
 * A service template as ALLSTAR-ML: the text (formatted layout), the problems found in the template (unknown or
 * ill-typed constructs, by path), and every TOSCA part kept as a comment because ALLSTAR-ML has no counterpart.
 */
public record ImportResult(String text, List<ToscaProblem> problems, List<String> kept, Counts counts) {

	/** What the template became. */
	public record Counts(int nodes, int components, int flows, int requirements, int placements) {

		@Override
		public String toString() {
			return nodes + " node(s), " + components + " component(s), " + flows + " flow(s), " + requirements
					+ " requirement(s), " + placements + " placement(s)";
		}
	}
}

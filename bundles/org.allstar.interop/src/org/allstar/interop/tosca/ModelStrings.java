// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

/** ALLSTAR-ML string literals. */
final class ModelStrings {

	private ModelStrings() {
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}
}

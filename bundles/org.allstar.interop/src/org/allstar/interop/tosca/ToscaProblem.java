// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

/**
 * Something in a service template that is wrong or unknown, named by its path in the document, e.g.
 * {@code topology_template.node_templates.db.properties.port: expected integer, got "abc"}.
 */
public record ToscaProblem(String path, String message) {

	@Override
	public String toString() {
		return path + ": " + message;
	}
}

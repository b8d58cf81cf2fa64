// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

/**
 * A diagram edit that would break the model or cannot be made (a flow to itself, a name taken): the message tells
 * the user why, and is shown in the diagram; the text stays as it was.
 */
public class EditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditRefused(String message) {
		super(message);
	}
}

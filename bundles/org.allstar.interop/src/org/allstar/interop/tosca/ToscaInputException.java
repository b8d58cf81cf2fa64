// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

/** A service template that cannot be read at all: a missing file, a YAML syntax error, a CSAR without entry. */
public final class ToscaInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public ToscaInputException(String message) {
		super(message);
	}

	public ToscaInputException(String message, Throwable cause) {
		super(message, cause);
	}
}

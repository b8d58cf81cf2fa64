// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

/** A problem with the files asked for (missing file, empty folder), as opposed to a problem inside a model. */
public class ModelInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ModelInputException(String message) {
		super(message);
	}
}

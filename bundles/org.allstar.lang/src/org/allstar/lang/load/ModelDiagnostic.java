// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.nio.file.Path;

/**
 * One finding about a model file, at a 1-based line and column, with a stable code (see
 * {@link org.allstar.lang.validation.IssueCodes}).
 */
public record ModelDiagnostic(Path file, int line, int column, Severity severity, String code, String message) {

	/** How bad a finding is; errors make a model unusable for planning and deployment. */
	public enum Severity {
		ERROR, WARNING, INFO;

		/** "error", as printed by tools. */
		public String label() {
			return name().toLowerCase();
		}
	}

	/** {@code file:line:col: severity: code: message}, the format compilers use, so editors can jump to it. */
	public String toCompilerFormat() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + code + ": " + message;
	}
}

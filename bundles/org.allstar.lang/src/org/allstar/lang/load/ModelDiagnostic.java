// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One finding about a model file, at a 1-based line and column, with a stable code (see
 * {@link org.allstar.lang.validation.IssueCodes}) and quick-fix data where the check knows a fix (for example
 * {@code moveTo=AwsFrankfurt.gpuVm}).
 */
public record ModelDiagnostic(Path file, int line, int column, Severity severity, String code, String message,
		Map<String, String> fix) {

	public ModelDiagnostic(Path file, int line, int column, Severity severity, String code, String message) {
		this(file, line, column, severity, code, message, Map.of());
	}

	public ModelDiagnostic {
		fix = Map.copyOf(fix);
	}

	/** How bad a finding is; errors make a model unusable for planning and deployment. */
	public enum Severity {
		ERROR, WARNING, INFO;

		/** "error", as printed by tools. */
		public String label() {
			return name().toLowerCase();
		}
	}

	/**
	 * {@code file:line:col: severity: code: message}, the format compilers use, so editors can jump to it; a known
	 * fix follows in brackets: {@code [fix: from=A.n moveTo=B.m]}.
	 */
	public String toCompilerFormat() {
		String line = file + ":" + this.line + ":" + column + ": " + severity.label() + ": " + code + ": " + message;
		return fix.isEmpty() ? line : line + " [fix: " + fixText() + "]";
	}

	/** The fix as sorted {@code key=value} pairs, so output is stable. */
	public String fixText() {
		return fix.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(" "));
	}
}

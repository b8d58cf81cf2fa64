// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;

/**
 * ALLSTAR-ML text in the formatter's layout (two-space indentation, one property per line), with the TOSCA parts
 * that have no counterpart kept as {@code //} comments that name their path; each such comment is also listed in
 * the import's report, so nothing is dropped silently.
 */
final class ModelText {

	private final StringBuilder text = new StringBuilder();
	private final List<String> kept;
	private int depth;

	ModelText(List<String> kept) {
		this.kept = kept;
	}

	void line(String line) {
		text.append("  ".repeat(depth)).append(line).append('\n');
	}

	void open(String header) {
		line(header + " {");
		depth++;
	}

	void close() {
		depth--;
		line("}");
	}

	void blank() {
		if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
			text.append('\n');
		}
	}

	/** A TOSCA part without an ALLSTAR-ML counterpart: a comment here and an entry in the report. */
	void keep(String path, Object value) {
		String shown = Values.oneLine(value);
		line("// tosca " + path + ": " + shown);
		kept.add(path + ": " + shown);
	}

	/** A plain comment (no TOSCA content). */
	void note(String comment) {
		line("// " + comment.replaceAll("\\s+", " ").trim());
	}

	@Override
	public String toString() {
		return text.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * ALLSTAR-ML text in the formatter's layout (two-space indentation, one property per line), with the TOSCA parts
 * that have no counterpart kept as {@code //} comments that name their path; each such comment is also listed in
 * the import's report, so nothing is dropped silently. A block's comments come first, right after its opening
 * line: the formatter indents a comment like the token after it, and before a {@code }} that is one level out.
 */
final class ModelText {

	/** One open block: its header line, its comments and its lines, all at the block's inner depth. */
	private record Block(String header, StringBuilder comments, StringBuilder lines) {
	}

	private final StringBuilder text = new StringBuilder();
	private final Deque<Block> open = new ArrayDeque<>();
	private final List<String> kept;

	ModelText(List<String> kept) {
		this.kept = kept;
	}

	void line(String line) {
		append(open.isEmpty() ? text : open.peek().lines(), line);
	}

	void open(String header) {
		open.push(new Block(header, new StringBuilder(), new StringBuilder()));
	}

	void close() {
		Block block = open.pop();
		line(block.header() + " {");
		StringBuilder target = open.isEmpty() ? text : open.peek().lines();
		target.append(block.comments()).append(block.lines());
		append(target, "}");
	}

	void blank() {
		if (open.isEmpty() && text.length() > 0 && !(text.charAt(text.length() - 1) == '\n'
				&& text.length() > 1 && text.charAt(text.length() - 2) == '\n')) {
			text.append('\n');
		}
	}

	/** A TOSCA part without an ALLSTAR-ML counterpart: a comment here and an entry in the report. */
	void keep(String path, Object value) {
		String shown = Values.oneLine(value);
		comment("// tosca " + path + ": " + shown);
		kept.add(path + ": " + shown);
	}

	/** A plain comment (no TOSCA content). */
	void note(String comment) {
		comment("// " + comment.replaceAll("\\s+", " ").trim());
	}

	private void comment(String line) {
		append(open.isEmpty() ? text : open.peek().comments(), line);
	}

	private void append(StringBuilder target, String line) {
		target.append("  ".repeat(open.size())).append(line).append('\n');
	}

	@Override
	public String toString() {
		return text.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.yaml;

/** A YAML document that cannot be read, with the place of the problem (lines and columns from 1). */
public final class YamlSyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final int line;
	private final int column;

	public YamlSyntaxException(String source, int line, int column, String problem) {
		super(source + ":" + line + ":" + column + ": " + problem);
		this.source = source;
		this.line = line;
		this.column = column;
	}

	public String source() {
		return source;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}

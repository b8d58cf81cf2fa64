// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.edit;

/**
 * One replacement in a document: what a diagram edit becomes in the text editor (one undoable document change).
 */
public record TextReplacement(int offset, int length, String text) {

	/** The smallest single region that turns {@code before} into {@code after}. */
	public static TextReplacement between(String before, String after) {
		int prefix = 0;
		int limit = Math.min(before.length(), after.length());
		while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		return new TextReplacement(prefix, before.length() - prefix - suffix,
				after.substring(prefix, after.length() - suffix));
	}

	public String applyTo(String document) {
		return document.substring(0, offset) + text + document.substring(offset + length);
	}
}

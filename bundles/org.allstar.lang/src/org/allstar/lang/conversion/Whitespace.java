// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

/** Data type rules see the hidden tokens between their parts; values never include them. */
final class Whitespace {

	private Whitespace() {
	}

	static String strip(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c)) {
				result.append(c);
			}
		}
		return result.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

/** The kinds of text the editor colours differently. */
public enum TokenStyle {
	KEYWORD, STRING, NUMBER, COMMENT, REFERENCE, UNIT
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

/** A range of the text and how to show it. */
public record HighlightedRange(int offset, int length, TokenStyle style) {
}

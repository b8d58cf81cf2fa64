// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.quickfix;

/** One quick fix as one replacement of the text (so it is one undo step): its label and the edit. */
public record TextFix(String label, int offset, int length, String replacement) {
}

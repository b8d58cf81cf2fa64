// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui;

/**
 * The one region in which two texts differ, as an edit (or a burst of edits merged) leaves it: the text before
 * {@code start} and after {@code oldEnd} (old text) / {@code newEnd} (new text) is the same in both.
 */
public record EditedRegion(int start, int oldEnd, int newEnd) {

	/** The region of the longest common prefix and suffix (which do not overlap) of the two texts. */
	public static EditedRegion between(String oldText, String newText) {
		int limit = Math.min(oldText.length(), newText.length());
		int start = 0;
		while (start < limit && oldText.charAt(start) == newText.charAt(start)) {
			start++;
		}
		int suffix = 0;
		while (suffix < limit - start
				&& oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		return new EditedRegion(start, oldText.length() - suffix, newText.length() - suffix);
	}

	/** How far text after the region moved. */
	public int shift() {
		return newEnd - oldEnd;
	}

	/** Whether {@code offset .. offset + length} of the new text touches the region (adjacent counts). */
	public boolean touches(int offset, int length) {
		return offset <= newEnd && offset + length >= start;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

/**
 * The region of a document that its changes replaced since the colours were last shown, in the document's current
 * offsets. The widget drops the colours of every character a change replaces, even where the new text is the same
 * as the old (a replacement of {@code cpu 1 core} by {@code cpu 64 cores} uncolours {@code cpu} too), so the
 * editor repaints this region as well as the {@link ColourChange} (which only knows where the texts differ). No SWT.
 */
public final class ReplacedRegion {

	private int start = -1;
	private int end = -1;

	/** Records that {@code replacedLength} characters at {@code offset} were replaced by {@code textLength}. */
	public void replaced(int offset, int replacedLength, int textLength) {
		int replacedEnd = offset + replacedLength;
		int newEnd = offset + textLength;
		if (start < 0) {
			start = offset;
			end = newEnd;
			return;
		}
		int shift = textLength - replacedLength;
		start = Math.min(moved(start, offset, replacedEnd, offset, shift), offset);
		end = Math.max(moved(end, offset, replacedEnd, newEnd, shift), newEnd);
	}

	/** Where {@code position} is after the replacement (inside it: {@code inside}). */
	private static int moved(int position, int offset, int replacedEnd, int inside, int shift) {
		if (position <= offset) {
			return position;
		}
		return position >= replacedEnd ? position + shift : inside;
	}

	public boolean isEmpty() {
		return start < 0;
	}

	public int start() {
		return start;
	}

	public int end() {
		return end;
	}

	public void clear() {
		start = -1;
		end = -1;
	}
}

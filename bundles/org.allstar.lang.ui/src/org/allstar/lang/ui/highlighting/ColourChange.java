// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

import java.util.List;

import org.allstar.lang.ui.EditedRegion;

/**
 * The one region of a new text whose colours differ from those already shown for an older text, the colours the
 * viewer still shows after the edit between the two (an edit shifts the colours after it and trims or stretches
 * those it touches, nothing else). Outside {@code offset .. offset + length} of the new text, the new colours are
 * the old ones moved by the edit, so repainting that region alone gives the same picture as repainting the whole
 * text. {@code baseStamp} names the check whose colours it starts from: the editor only applies the region on
 * top of exactly those, and repaints everything otherwise. No SWT here.
 */
public record ColourChange(long baseStamp, int offset, int length) {

	/**
	 * The region of {@code newText} to repaint over the colours {@code oldRanges} of {@code oldText}: the edit
	 * between the texts (one replaced region: common prefix and suffix) widened to every range that is not the
	 * same, in the same place relative to the edit, in both lists. Both lists are in text order.
	 */
	public static ColourChange between(long baseStamp, String oldText, List<HighlightedRange> oldRanges,
			String newText, List<HighlightedRange> newRanges) {
		EditedRegion edit = EditedRegion.between(oldText, newText);
		int prefix = edit.start();
		int editEndInNew = edit.newEnd();
		int oldEditEnd = edit.oldEnd();
		int shift = edit.shift();

		int first = 0;
		int sameBefore = Math.min(oldRanges.size(), newRanges.size());
		while (first < sameBefore && oldRanges.get(first).equals(newRanges.get(first))
				&& end(oldRanges.get(first)) <= prefix) {
			first++;
		}
		int lastOld = oldRanges.size() - 1;
		int lastNew = newRanges.size() - 1;
		while (lastOld >= first && lastNew >= first && oldRanges.get(lastOld).offset() >= oldEditEnd
				&& moved(oldRanges.get(lastOld), shift).equals(newRanges.get(lastNew))) {
			lastOld--;
			lastNew--;
		}
		int start = prefix;
		int end = editEndInNew;
		if (first <= lastOld) {
			start = Math.min(start, oldRanges.get(first).offset());
			end = Math.max(end, end(oldRanges.get(lastOld)) + shift);
		}
		if (first <= lastNew) {
			start = Math.min(start, newRanges.get(first).offset());
			end = Math.max(end, end(newRanges.get(lastNew)));
		}
		start = Math.max(0, Math.min(start, newText.length()));
		end = Math.max(start, Math.min(end, newText.length()));
		return new ColourChange(baseStamp, start, end - start);
	}

	private static int end(HighlightedRange range) {
		return range.offset() + range.length();
	}

	private static HighlightedRange moved(HighlightedRange range, int shift) {
		return new HighlightedRange(range.offset() + shift, range.length(), range.style());
	}
}

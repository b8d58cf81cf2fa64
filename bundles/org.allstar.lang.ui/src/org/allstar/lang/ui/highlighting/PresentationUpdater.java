// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Shows highlighted ranges in a text viewer: the colours of each {@link TokenStyle}. Call on the UI thread. */
public class PresentationUpdater {

	private static final Map<TokenStyle, RGB> COLOURS = new EnumMap<>(Map.of(
			TokenStyle.KEYWORD, new RGB(127, 0, 85),
			TokenStyle.STRING, new RGB(42, 0, 255),
			TokenStyle.NUMBER, new RGB(0, 110, 120),
			TokenStyle.COMMENT, new RGB(63, 127, 95),
			TokenStyle.REFERENCE, new RGB(0, 70, 170),
			TokenStyle.UNIT, new RGB(120, 80, 0)));

	private final Map<TokenStyle, Color> colours = new EnumMap<>(TokenStyle.class);

	public PresentationUpdater() {
		COLOURS.forEach((style, rgb) -> colours.put(style, new Color(rgb)));
	}

	/** Replaces the viewer's colours by those of {@code ranges} (computed on the viewer's current text). */
	public void apply(ITextViewer viewer, List<HighlightedRange> ranges) {
		if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			apply(viewer, ranges, 0, viewer.getDocument().getLength());
		}
	}

	/**
	 * Replaces the viewer's colours in {@code offset .. offset + length} only by those of {@code ranges} there (the
	 * rest keeps what it shows): on a 10,000-line text, repainting one changed line instead of all of them spares
	 * the UI thread the styles of every line and the widget the reset of every line's layout.
	 */
	public void apply(ITextViewer viewer, List<HighlightedRange> ranges, int offset, int length) {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		int documentLength = viewer.getDocument().getLength();
		int start = Math.max(0, Math.min(offset, documentLength));
		int end = Math.max(start, Math.min(offset + length, documentLength));
		if (end == start && documentLength > 0) {
			return; // nothing to repaint
		}
		TextPresentation presentation = new TextPresentation();
		presentation.setDefaultStyleRange(new StyleRange(start, end - start, null, null));
		for (int i = firstEndingAfter(ranges, start); i < ranges.size(); i++) {
			HighlightedRange range = ranges.get(i);
			if (range.offset() >= end) {
				break;
			}
			int from = Math.max(range.offset(), start);
			int to = Math.min(range.offset() + range.length(), end);
			if (to > from) {
				presentation.addStyleRange(styleOf(new HighlightedRange(from, to - from, range.style())));
			}
		}
		viewer.changeTextPresentation(presentation, false);
	}

	/** The index of the first range (in text order, not overlapping) that ends after {@code offset}. */
	private static int firstEndingAfter(List<HighlightedRange> ranges, int offset) {
		int low = 0;
		int high = ranges.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			HighlightedRange range = ranges.get(middle);
			if (range.offset() + range.length() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private StyleRange styleOf(HighlightedRange range) {
		int fontStyle = switch (range.style()) {
		case KEYWORD -> SWT.BOLD;
		case REFERENCE, COMMENT -> SWT.ITALIC;
		default -> SWT.NORMAL;
		};
		return new StyleRange(range.offset(), range.length(), colours.get(range.style()), null, fontStyle);
	}
}

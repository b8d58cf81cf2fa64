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
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		int length = viewer.getDocument().getLength();
		TextPresentation presentation = new TextPresentation();
		presentation.setDefaultStyleRange(new StyleRange(0, length, null, null));
		for (HighlightedRange range : ranges) {
			if (range.offset() + range.length() > length) {
				continue;
			}
			presentation.addStyleRange(styleOf(range));
		}
		viewer.changeTextPresentation(presentation, false);
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

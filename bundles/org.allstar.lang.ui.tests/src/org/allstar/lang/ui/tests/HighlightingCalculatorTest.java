// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Fixtures.HELLO;
import static org.allstar.lang.ui.tests.Fixtures.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.allstar.lang.ui.highlighting.HighlightedRange;
import org.allstar.lang.ui.highlighting.HighlightingCalculator;
import org.allstar.lang.ui.highlighting.TokenStyle;
import org.junit.jupiter.api.Test;

/** The colours of the editor follow the grammar: each token's range and kind. */
class HighlightingCalculatorTest {

	private static List<HighlightedRange> highlight(String text) {
		return new HighlightingCalculator().compute(SERVICES.parse(text, null).getParseResult());
	}

	/** The style of the range that covers exactly {@code token} where it appears in {@code context}, or null. */
	private static TokenStyle styleOf(String text, String context, String token) {
		int at = text.indexOf(context) + context.indexOf(token);
		return highlight(text).stream().filter(r -> r.offset() == at && r.length() == token.length()).findFirst()
				.map(HighlightedRange::style).orElse(null);
	}

	@Test
	void keywordsAreHighlighted() {
		assertEquals(TokenStyle.KEYWORD, styleOf(HELLO, "provider CornerShop", "provider"));
		assertEquals(TokenStyle.KEYWORD, styleOf(HELLO, "deployment local", "deployment"));
		assertEquals(TokenStyle.KEYWORD, styleOf(HELLO, "web on", "on"));
	}

	@Test
	void stringsNumbersUnitsAndCommentsAreHighlighted() {
		assertEquals(TokenStyle.STRING, styleOf(HELLO, "\"eu-west\"", "\"eu-west\""));
		assertEquals(TokenStyle.NUMBER, styleOf(HELLO, "256 MB", "256"));
		assertEquals(TokenStyle.UNIT, styleOf(HELLO, "4 cores", "cores"));
		assertEquals(TokenStyle.UNIT, styleOf(HELLO, "0.02 EUR/h", "EUR"));
		assertEquals(TokenStyle.COMMENT, styleOf(HELLO, "// hello\n", "// hello\n"));
	}

	@Test
	void crossReferencesAreHighlightedAsReferencesNotNames() {
		assertEquals(TokenStyle.REFERENCE, styleOf(HELLO, "of Greeter", "Greeter"));
		assertEquals(TokenStyle.REFERENCE, styleOf(HELLO, "on CornerShop.box", "box"));
		assertNull(styleOf(HELLO, "application Greeter", "Greeter")); // the declaration is a plain name
	}

	@Test
	void aKeywordUsedAsANameIsNotAKeyword() {
		String text = "package p\nprovider edge { kind edge }\n";
		assertNull(styleOf(text, "provider edge", "edge"));
		assertEquals(TokenStyle.KEYWORD, styleOf(text, "kind edge", "edge"));
	}

	@Test
	void rangesAreInTextOrderAndInsideTheText() {
		List<HighlightedRange> ranges = highlight(HELLO);
		for (int i = 1; i < ranges.size(); i++) {
			assertEquals(true, ranges.get(i - 1).offset() + ranges.get(i - 1).length() <= ranges.get(i).offset(),
					ranges.get(i - 1) + " overlaps " + ranges.get(i));
		}
		HighlightedRange last = ranges.get(ranges.size() - 1);
		assertEquals(true, last.offset() + last.length() <= HELLO.length());
	}
}

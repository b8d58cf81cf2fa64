// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Fixtures.HELLO;
import static org.allstar.lang.ui.tests.Fixtures.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.allstar.lang.ui.editor.DocumentFormatter;
import org.junit.jupiter.api.Test;

/** The editor's Format gives the standard layout (that of allstar format) and refuses text that does not parse. */
class DocumentFormatterTest {
	private final DocumentFormatter formatter = new DocumentFormatter(SERVICES);

	@Test
	void aModelWithoutIndentationGetsTheStandardLayoutBack() {
		String standard = HELLO.replace("// hello\n", "");
		String flat = standard.replaceAll("(?m)^ +", "").replace("\n\n", "\n");
		assertTrue(!flat.equals(standard));
		assertEquals(Optional.of(standard), formatter.format(flat, null));
		assertEquals(Optional.of(standard), formatter.format(standard, null), "the standard layout is kept as it is");
	}

	@Test
	void textWithSyntaxErrorsIsNotFormatted() {
		assertEquals(Optional.empty(), formatter.format(HELLO.replace("node box {", "node box {{"), null));
	}
}

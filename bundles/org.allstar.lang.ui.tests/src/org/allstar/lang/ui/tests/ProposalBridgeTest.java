// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Fixtures.HELLO;
import static org.allstar.lang.ui.tests.Fixtures.SERVICES;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allstar.lang.ui.contentassist.ProposalBridge;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.Test;

/** Ctrl+Space: what the editor proposes at a place of the text. */
class ProposalBridgeTest {

	private static List<String> proposalsAt(String text, String before) {
		int offset = text.indexOf(before) + before.length();
		return new ProposalBridge(SERVICES).proposals(text, offset, null).stream().map(ContentAssistEntry::getProposal)
				.toList();
	}

	@Test
	void proposesTheNodesAfterOn() {
		String text = HELLO.replace("web on CornerShop.box", "web on ");
		List<String> proposals = proposalsAt(text, "web on ");
		assertTrue(proposals.contains("CornerShop.box"), proposals.toString());
	}

	@Test
	void proposesTheApplicationsComponentsInADeployment() {
		String text = HELLO.replace("  web on CornerShop.box\n", "  \n");
		List<String> proposals = proposalsAt(text, "deployment local of Greeter {\n  ");
		assertTrue(proposals.contains("web"), proposals.toString());
	}

	@Test
	void proposesTheUnitsOfTheQuantitysDimension() {
		String text = HELLO.replace("memory 8 GB", "memory 8 ");
		List<String> proposals = proposalsAt(text, "memory 8 ");
		assertTrue(proposals.containsAll(List.of("GB", "MB", "GiB")), proposals.toString());
		assertFalse(proposals.contains("cores"), proposals.toString());
	}

	@Test
	void proposesTheKeywordsOfANode() {
		String text = HELLO.replace("    arch arm64\n", "    \n");
		List<String> proposals = proposalsAt(text, "memory 8 GB\n    ");
		assertTrue(proposals.containsAll(List.of("arch", "price", "accelerator")), proposals.toString());
	}
}

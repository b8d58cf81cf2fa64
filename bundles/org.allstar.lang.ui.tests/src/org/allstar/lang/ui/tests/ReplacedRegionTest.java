// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.allstar.lang.ui.highlighting.ReplacedRegion;
import org.junit.jupiter.api.Test;

/**
 * The region the editor repaints for the document's changes must cover every character any of them replaced since
 * the last repaint, in the current offsets: checked against a text whose characters remember whether a change
 * replaced them, over random changes.
 */
class ReplacedRegionTest {

	@Test
	void oneReplacementIsItsNewText() {
		ReplacedRegion region = new ReplacedRegion();
		region.replaced(10, 3, 5);
		assertEquals(10, region.start());
		assertEquals(15, region.end());
	}

	@Test
	void aLaterChangeBeforeTheRegionMovesIt() {
		ReplacedRegion region = new ReplacedRegion();
		region.replaced(10, 3, 5);
		region.replaced(0, 0, 4);
		assertTrue(region.start() <= 14 && region.end() >= 19, region.start() + ".." + region.end());
	}

	@Test
	void everyReplacedCharacterIsCoveredAfterRandomChanges() {
		Random random = new Random(5);
		for (int round = 0; round < 200; round++) {
			List<Boolean> replacedFlags = new ArrayList<>(Collections.nCopies(50, false));
			ReplacedRegion region = new ReplacedRegion();
			for (int change = 0; change < 1 + random.nextInt(5); change++) {
				int offset = random.nextInt(replacedFlags.size() + 1);
				int length = random.nextInt(Math.min(6, replacedFlags.size() - offset) + 1);
				int text = random.nextInt(6);
				for (int i = 0; i < length; i++) {
					replacedFlags.remove(offset);
				}
				for (int i = 0; i < text; i++) {
					replacedFlags.add(offset, true);
				}
				region.replaced(offset, length, text);
			}
			for (int i = 0; i < replacedFlags.size(); i++) {
				if (replacedFlags.get(i)) {
					assertTrue(region.start() <= i && i < region.end(),
							"character " + i + " outside " + region.start() + ".." + region.end());
				}
			}
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allstar.ui.startup.StartupWakeUp;
import org.junit.jupiter.api.Test;

/**
 * The start-up wake-up of org.allstar.ui ({@link StartupWakeUp}) in the test workbench's own start: it ran as an e4
 * model processor while the workbench opened its window, and stopped ticking once the window was shown.
 */
class StartupWakeUpUiTest {

	@Test
	void tickedWhileTheWindowOpenedAndStoppedOnceItWasShown() {
		assertTrue(StartupWakeUp.ticks() > 0,
				"the wake-up never ticked: is StartupWakeUp still registered as an e4 model processor in org.allstar.ui's plugin.xml?");
		assertFalse(StartupWakeUp.ticking(), "the wake-up still ticks although the workbench window is shown");
	}
}

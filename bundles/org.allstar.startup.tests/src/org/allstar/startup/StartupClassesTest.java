// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupClassesTest {
	@Test
	void theLogBecomesTheListUpToTheMarkerAndIsDeleted(@TempDir Path folder) throws IOException {
		String plugins = "file:" + folder + "/plugins/";
		String marker = StartupClasses.markUsable();
		Path log = folder.resolve("classes.log");
		Files.write(log, List.of(
				"[0.9s][info][class,load] org.eclipse.swt.widgets.Shell source: " + plugins
						+ "org.eclipse.swt.gtk.linux.x86_64_3.131.0.v20260721.jar",
				"[1.0s][info][class,load] " + marker + " source: " + plugins + "org.allstar.startup_0.1.0.2026.jar",
				"[1.1s][info][class,load] org.allstar.lang.ui.Editor source: " + plugins + "org.allstar.lang.ui_0.1.0.2026.jar"));
		Path list = folder.resolve("studio.classes");

		assertEquals(1, StartupClasses.record(log, marker, list));

		assertEquals(List.of("org.eclipse.swt.gtk.linux.x86_64 org.eclipse.swt.widgets.Shell"), Files.readAllLines(list));
		assertFalse(Files.exists(log), "the log is deleted once it became the list");
	}
}

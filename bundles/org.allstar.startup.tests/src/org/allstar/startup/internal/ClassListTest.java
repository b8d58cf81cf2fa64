// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassListTest {
	private static final String PLUGINS = "file:/opt/allstar studio/plugins/";

	@Test
	void keepsBundleAndJdkClassesInLoadOrderUpToTheMarker() {
		List<String> log = List.of(
				"[0.010s][info][class,load] java.lang.Object source: shared objects file",
				"[0.050s][info][class,load] java.util.HashMap source: jrt:/java.base",
				"[0.300s][info][class,load] org.eclipse.osgi.launch.Equinox source: " + PLUGINS
						+ "org.eclipse.osgi_3.24.300.v20260721-1251.jar",
				"[0.310s][info][class,load] org.eclipse.equinox.launcher.Main source: " + PLUGINS
						+ "org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar",
				"[1.270s][info][class,load] org.eclipse.ui.internal.Workbench source: " + PLUGINS
						+ "org.eclipse.ui.workbench_3.136.0.v20260721.jar",
				"[1.280s][info][class,load] org.eclipse.swt.widgets.Display source: " + PLUGINS
						+ "org.eclipse.swt.gtk.linux.x86_64_3.131.0.v20260721.jar",
				"[1.290s][info][class,load] org.allstar.deploy.ui.DeployView source: " + PLUGINS
						+ "org.allstar.deploy.ui_0.1.0.202611291026/",
				"[1.291s][info][class,load] org.eclipse.ui.internal.Workbench$$Lambda/0x00000000 source: "
						+ "org.eclipse.ui.internal.Workbench",
				"[1.292s][info][class,load] jdk.proxy1.$Proxy12 source: jdk.proxy1",
				"[1.293s][info][class,load] org.eclipse.ui.internal.Workbench source: " + PLUGINS
						+ "org.eclipse.ui.workbench_3.136.0.v20260721.jar",
				"[1.300s][info][class,load] org.example.Marker source: " + PLUGINS + "org.example_1.0.0.jar",
				"[1.310s][info][class,load] org.eclipse.ui.internal.Later source: " + PLUGINS
						+ "org.eclipse.ui.workbench_3.136.0.v20260721.jar");

		assertEquals(List.of(new StartupClass(ClassList.JDK, "java.lang.Object"),
				new StartupClass(ClassList.JDK, "java.util.HashMap"),
				new StartupClass("org.eclipse.ui.workbench", "org.eclipse.ui.internal.Workbench"),
				new StartupClass("org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.swt.widgets.Display"),
				new StartupClass("org.allstar.deploy.ui", "org.allstar.deploy.ui.DeployView")),
				ClassList.fromClassLoadLog(log, "org.example.Marker"));
	}

	@Test
	void markerFromTheClassArchiveEndsTheListToo() {
		List<String> log = List.of(
				"[1.0s][info][class,load] a.B source: " + PLUGINS + "a_1.0.0.jar",
				"[1.1s][info][class,load] org.example.Marker source: shared objects file (top)",
				"[1.2s][info][class,load] a.C source: " + PLUGINS + "a_1.0.0.jar");

		assertEquals(List.of(new StartupClass("a", "a.B")), ClassList.fromClassLoadLog(log, "org.example.Marker"));
	}

	@Test
	void writesAndReadsBackAtomically(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("studio.classes");
		Files.writeString(file, "old list\n");
		List<StartupClass> classes = List.of(new StartupClass("org.eclipse.jface", "org.eclipse.jface.window.Window"),
				new StartupClass("org.eclipse.swt", "org.eclipse.swt.widgets.Shell$1"));

		ClassList.write(classes, file);

		assertEquals(classes, ClassList.read(file));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file left beside the list");
		}
	}
}

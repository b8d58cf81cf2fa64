// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.allstar.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allstar diagnose} on series a monitor left in the workspace (the monitor itself runs against real
 * engines in the monitor bundle's tests and in CI's deploy smoke test), and the command line's errors.
 */
class MonitorCommandTest {
	private final CommandLine cli = new CommandLine();

	@TempDir
	Path workspace;

	private static String hello() {
		return Repository.examples().resolve("hello-edge").toString();
	}

	@Test
	void diagnoseNamesAStoppedContainerAndTheRemedy() throws Exception {
		StringBuilder series = new StringBuilder();
		long t = 1_800_000_000_000L;
		for (int i = 0; i < 23; i++, t += 2000) {
			series.append(t).append("\tCornerShop.box/engine\t1.0\n");
			series.append(t).append("\tweb#0@CornerShop.box/up\t").append(i < 20 ? "1.0" : "0.0").append('\n');
			series.append(t).append("\t*#0@local/serving\t").append(i < 20 ? "1.0" : "0.0").append('\n');
		}
		Path folder = Files.createDirectories(workspace.resolve(".allstar/monitor"));
		Files.writeString(folder.resolve("local.series"), series);
		assertEquals(Main.PROBLEMS, cli.run("diagnose", "local", hello(), "--workspace", workspace.toString()), cli.err());
		String text = cli.out();
		assertTrue(text.startsWith("local: 6 anomalous point(s) in the last 10 min"), text);
		assertTrue(text.contains("likely cause: web itself: it stopped or restarted (up)"), text);
		assertTrue(text.contains("remedy: allstar deploy local (converging replaces a stopped container)"), text);
	}

	@Test
	void diagnoseWithoutMeasurementsSaysWhatToRunFirst() {
		assertEquals(Main.PROBLEMS, cli.run("diagnose", "local", hello(), "--workspace", workspace.toString()));
		assertTrue(cli.err().contains("run `allstar monitor local` first"), cli.err());
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertEquals(Main.USAGE, cli.run("monitor", "local", hello(), "--for", "soon"));
		assertTrue(cli.err().contains("'soon' is not a duration; write e.g. 500ms, 30s, 5m or 2h"), cli.err());
		assertEquals(Main.USAGE, cli.run("monitor", "local", hello(), "--last", "5m"));
		assertTrue(cli.err().contains("unknown option --last"), cli.err());
		assertEquals(Main.USAGE, cli.run("diagnose"));
	}
}

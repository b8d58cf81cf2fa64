// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.allstar.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allstar plan} on the MOG example, as a user runs it: plan, write, re-plan, explain a conflict. */
class PlanCommandTest {

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** A copy of examples/mog-live to write into. */
	private Path mog() throws IOException {
		Path copy = dir.resolve("mog");
		Files.createDirectories(copy);
		try (Stream<Path> files = Files.list(Repository.examples().resolve("mog-live"))) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	@Test
	void plansTheMogExampleAndPrintsAValidDeployment() throws IOException {
		assertEquals(Main.OK, run("plan", "LiveStory", Repository.examples().resolve("mog-live").toString(),
				"--objective", "price", "--time-limit", "20s"), err());
		assertTrue(out().startsWith("status: optimal"), out());
		assertTrue(out().contains("price: "), out());
		assertTrue(out().contains("deployment planned of LiveStory {"), out());
		assertTrue(err().matches("(?s).*allstar plan: (pool|solve) [0-9.]+ s: objective .*"), "progress line: " + err());
		String file = out().substring(out().indexOf("// Planned by"));
		Path planned = Files.writeString(mog().resolve("planned.allstar"), file);
		assertEquals(Main.OK, run("validate", planned.getParent().toString()), out() + err());
		assertEquals(Main.OK, run("format", "--check", planned.toString()), out());
	}

	@Test
	void writesItsOwnFileThatValidatesAndIsFormatted() throws IOException {
		Path models = mog();
		Path target = models.resolve("plan.allstar");
		assertEquals(Main.OK, run("plan", "mog.app.LiveStory", models.toString(), "--write", target.toString(),
				"--name", "cheapest", "--time-limit", "20s"), err());
		String text = Files.readString(target);
		assertTrue(text.contains("deployment cheapest of LiveStory {"), text);
		assertTrue(text.contains("import mog.providers.*"), text);
		assertEquals(Main.OK, run("validate", models.toString()), out() + err());
		assertEquals(Main.OK, run("format", "--check", target.toString()), out());
	}

	/**
	 * stadiumBox goes offline and a third box arrives: the re-plan moves precheck's replica from the offline box to
	 * the new one and nothing else, in place in the file.
	 */
	@Test
	void replansInPlaceMovingOnlyWhatMust() throws IOException {
		Path models = mog();
		Path providers = models.resolve("providers.allstar");
		String text = Files.readString(providers);
		int box = text.indexOf("node stadiumBox {");
		int state = text.indexOf("power 40 W", box);
		String box3 = text.substring(text.indexOf("  node stadiumBox2 {"), text.indexOf("  node gateBox {"))
				.replace("stadiumBox2", "stadiumBox3");
		text = text.substring(0, state) + "power 40 W\n    state offline" + text.substring(state + "power 40 W".length());
		Files.writeString(providers, text.replace("  node gateBox {", box3 + "  node gateBox {"));
		Path deployment = models.resolve("deployment.allstar");
		assertEquals(Main.OK, run("plan", "LiveStory", models.toString(), "--replan-from", "production", "--write",
				deployment.toString(), "--time-limit", "20s"), out() + err());
		assertTrue(out().contains("migrations: 1 replica(s) moved"), out());
		String written = Files.readString(deployment);
		assertTrue(written.startsWith("// Where LiveStory runs on match day."), "the rest of the file is kept: " + written);
		assertTrue(written.contains("deployment production of LiveStory {"), written);
		assertTrue(written.contains("precheck on PortoEdge.stadiumBox"), written);
		assertFalse(written.contains("PortoEdge.stadiumBox,"), written);
		assertTrue(written.contains("PortoEdge.stadiumBox3"), written);
		assertTrue(written.contains("capture on FanPhones.fanPhone, FanPhones.fanPhone2, FanPhones.fanPhone3"), written);
		assertTrue(written.contains("storyNlp on AwsFrankfurt.gpuVm"), written);
		assertEquals(Main.OK, run("validate", models.toString()), out() + err());
	}

	@Test
	void namesTheConflictWhenThereIsNoPlan() throws IOException {
		Path models = mog();
		Path app = models.resolve("livestory.allstar");
		Files.writeString(app, Files.readString(app).replace("budget 1000 EUR/month", "budget 100 EUR/month"));
		assertEquals(Main.PROBLEMS, run("plan", "LiveStory", models.toString(), "--time-limit", "20s"), err());
		assertTrue(out().startsWith("status: infeasible"), out());
		assertTrue(out().contains("conflict: ") && out().contains("budget 100 EUR/month"), out());
	}

	@Test
	void jsonReportHasTheNumbers() {
		assertEquals(Main.OK, run("plan", "LiveStory", Repository.examples().resolve("mog-live").toString(),
				"--format", "json", "--time-limit", "20s"), err());
		assertTrue(out().contains("\"status\": \"optimal\""), out());
		assertTrue(out().contains("\"placements\": {\"capture\": ["), out());
	}

	@Test
	void wrongCommandLinesAreUsageErrors() {
		assertEquals(Main.USAGE, run("plan"));
		assertTrue(err().contains("name the application"), err());
		assertEquals(Main.USAGE, run("plan", "LiveStory", "--time-limit", "soon"));
		assertTrue(err().contains("not a duration"), err());
		assertEquals(Main.USAGE, run("plan", "LiveStory", "--objective", "speed"));
		assertTrue(err().contains("unknown objective term 'speed'"), err());
		assertEquals(Main.USAGE, run("plan", "NoSuchApp", Repository.examples().resolve("mog-live").toString()));
		assertTrue(err().contains("applications: mog.app.LiveStory"), err());
	}
}

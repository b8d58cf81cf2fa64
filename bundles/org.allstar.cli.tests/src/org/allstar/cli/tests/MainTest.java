// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;

import org.allstar.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code allstar} command line: outputs and exit codes, as a user and a CI script see them. */
class MainTest {

	private static final Pattern COMPILER_LINE = Pattern.compile("[^:]+:\\d+:\\d+: (error|warning|info): [a-z-]+: .+");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		return new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static Path examples() {
		return Repository.examples();
	}

	@Test
	void versionPrintsTheBundleVersionAndSucceeds() {
		assertEquals(Main.OK, run("version"));
		assertTrue(out().startsWith("allstar 0."), out());
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(Main.USAGE, run("frobnicate"));
		assertTrue(err().contains("unknown command"));
	}

	@Test
	void examplesFolderValidatesCleanly() {
		Path mog = examples().resolve("mog-live");
		Path hello = examples().resolve("hello-edge");
		assertEquals(Main.OK, run("validate", mog.toString(), hello.toString()), out() + err());
		assertTrue(out().strip().endsWith("info: reputation: Reputation >= 0.7 not checked for FanPhones, PortoEdge, "
				+ "AwsFrankfurt (no chain connected)."), out());
		assertEquals(1, out().strip().lines().count(), out());
		assertTrue(err().contains("7 file(s), 0 error(s), 0 warning(s)"), err());
	}

	@Test
	void findingsArePrintedAsFileLineColumnSeverityCodeMessage() throws IOException {
		Path file = write("bad.allstar", "package p\nprovider P {\n  node n { memory 64 ms }\n}\n");
		assertEquals(Main.PROBLEMS, run("validate", file.toString()));
		assertEquals(file + ":3:22: error: wrong-dimension: 'ms' is a time but memory needs a data size; "
				+ "use one of: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB.", out().strip());
	}

	@Test
	void warningsAloneSucceed() throws IOException {
		Path file = write("warn.allstar", "application A { component c { } flow c -> c }\n");
		assertEquals(Main.OK, run("validate", file.toString()));
		assertTrue(out().contains(": warning: self-flow: "), out());
	}

	@Test
	void jsonOutputCarriesEveryField() throws IOException {
		Path file = write("bad.allstar", "provider P { node n { cpu -1 cores } }\nprovider P { }\n");
		assertEquals(Main.PROBLEMS, run("validate", "--format", "json", file.toString()));
		String json = out();
		assertTrue(json.strip().startsWith("{") && json.strip().endsWith("}"), json);
		assertTrue(json.contains("\"errors\": 2"), json);
		assertTrue(json.contains("\"code\": \"negative-value\""), json);
		assertTrue(json.contains("\"code\": \"duplicate-name\""), json);
		assertTrue(json.contains("\"line\": 1, \"column\": 27"), json);
		assertTrue(json.contains("\"file\": \"" + file.toString().replace("\\", "\\\\") + "\""), json);
	}

	@Test
	void jsonEscapesQuotesInMessages() throws IOException {
		Path file = write("q.allstar", "participant M { wallet \"say \\\"hi\\\"\" }\n");
		assertEquals(Main.PROBLEMS, run("validate", "--format=json", file.toString()));
		assertTrue(out().contains("Wallet 'say \\\"hi\\\"' is not an address"), out());
	}

	@Test
	void missingFileIsAnInputErrorWithAHint() {
		assertEquals(Main.USAGE, run("validate", dir.resolve("nope.allstar").toString()));
		assertTrue(err().contains("nope.allstar: no such file or folder"), err());
		assertEquals("", out());
	}

	@Test
	void folderWithoutModelsIsAnInputError() throws IOException {
		write("notes.txt", "not a model");
		assertEquals(Main.USAGE, run("validate", dir.toString()));
		assertTrue(err().contains("no .allstar files"), err());
	}

	@Test
	void usageErrors() {
		assertEquals(Main.USAGE, run("validate"));
		assertEquals(Main.USAGE, run("validate", "--format", "xml", "x.allstar"));
		assertEquals(Main.USAGE, run("validate", "--bogus", "x.allstar"));
	}

	@Test
	void binaryGarbageYieldsDiagnosticsNotATrace() throws IOException {
		byte[] garbage = new byte[8192];
		new Random(7).nextBytes(garbage);
		Path file = Files.write(dir.resolve("garbage.allstar"), garbage);
		assertEquals(Main.PROBLEMS, run("validate", file.toString()));
		assertFalse(err().contains("Exception"), err());
		out().lines().forEach(line -> assertTrue(COMPILER_LINE.matcher(line).matches(), line));
	}

	@Test
	void formatRewritesAndCheckReports() throws IOException {
		Path file = write("messy.allstar", "provider P {kind edge node n{cpu 1 core}}");
		assertEquals(Main.PROBLEMS, run("format", "--check", file.toString()));
		assertEquals("provider P {kind edge node n{cpu 1 core}}", Files.readString(file), "--check writes nothing");
		assertEquals(Main.OK, run("format", file.toString()));
		assertEquals("provider P {\n  kind edge\n  node n {\n    cpu 1 core\n  }\n}\n", Files.readString(file));
		out.reset();
		assertEquals(Main.OK, run("format", "--check", file.toString()));
		assertEquals("", out());
	}

	@Test
	void formatLeavesFilesWithSyntaxErrorsAlone() throws IOException {
		Path file = write("broken.allstar", "provider P { node ");
		assertEquals(Main.PROBLEMS, run("format", file.toString()));
		assertEquals("provider P { node ", Files.readString(file));
		assertTrue(err().contains("syntax errors"), err());
	}

	@Test
	void benchRunsOnASmallModel() {
		assertEquals(Main.OK, run("bench", "--scale", "0.02", "--runs", "1", "--warmup", "0"), err());
		assertTrue(out().contains("ALLSTAR-ML parse+link+validate"), out());
		assertTrue(out().contains("SnakeYAML load"), out());
		assertTrue(out().contains("MB/s"), out());
	}

	@Test
	void benchDiagramOpensBothDiagramsAndPrintsTargetsAndBaselines() {
		assertEquals(Main.OK, run("bench", "--diagram", "--nodes", "40", "--components", "20", "--runs", "1",
				"--warmup", "0", "--baseline-runs", "1"), err());
		assertTrue(out().contains("infrastructure 40 nodes / 80 links"), out());
		assertTrue(out().contains("target < 2000 ms"), out());
		assertTrue(out().contains("application 20 components / "), out());
		assertTrue(out().contains("target < 500 ms"), out());
		assertTrue(out().contains("all positions stored (baseline)"), out());
		assertTrue(out().contains("across the hierarchy, 1 run (baseline)"), out());
		assertTrue(out().contains("stress, each provider on its own (ours)"), out());
		assertTrue(out().contains("stress/layered: wall "), out());
		assertTrue(out().contains("load average"), out());
	}

	@Test
	void benchDiagramRejectsBadOptions() {
		assertEquals(Main.USAGE, run("bench", "--diagram", "--nodes", "5"));
		assertEquals(Main.USAGE, run("bench", "--diagram", "--layout", "force"));
		assertTrue(err().contains("bench --diagram"), err());
	}

	@Test
	void benchRejectsBadOptions() {
		assertEquals(Main.USAGE, run("bench", "--runs", "many"));
		assertEquals(Main.USAGE, run("bench", "--runs", "0"));
		assertEquals(Main.USAGE, run("bench", "--warmup", "-1"));
		assertEquals(Main.USAGE, run("bench", "--fast"));
		assertFalse(err().contains("Exception"), err());
	}

	@Test
	void examplesAreWrittenInTheFormattersLayout() {
		assertEquals(Main.OK, run("format", "--check", examples().toString()), out() + err());
		assertEquals("", out());
	}

	@Test
	void aFileNamedTwiceOrSpelledDifferentlyIsLoadedOnce() throws IOException {
		Path file = write("a.allstar", "provider P { }\n");
		Path other = dir.resolve("sub/../a.allstar");
		Files.createDirectories(dir.resolve("sub"));
		assertEquals(Main.OK, run("validate", file.toString(), other.toString(), dir.toString()), out());
		assertTrue(err().contains("1 file(s), 0 error(s)"), err());
	}

	@Test
	void aFileThatIsNoModelIsAUsageError() throws IOException {
		Path file = write("notes.txt", "provider P { }");
		assertEquals(Main.USAGE, run("validate", file.toString()));
		assertTrue(err().contains("not an ALLSTAR-ML file"), err());
	}

	@Test
	void formatThroughARelativeSpellingKeepsPermissions() throws IOException {
		Path file = write("perm.allstar", "provider P {kind edge}");
		Files.createDirectories(dir.resolve("sub"));
		Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		assertEquals(Main.OK, run("format", dir.resolve("sub/../perm.allstar").toString()), err());
		assertEquals("provider P {\n  kind edge\n}\n", Files.readString(file));
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void formatWithoutAValueIsAUsageError() {
		assertEquals(Main.USAGE, run("validate", "x.allstar", "--format"));
		assertTrue(err().contains("--format needs a value"), err());
	}

	@Test
	void verifyReportsTheRulesWithTheirNumbers() throws IOException {
		Path file = write("v.allstar", "provider P { node n { cpu 2 cores } }\n"
				+ "application A { component c { image \"c\" cpu 4 cores } }\n"
				+ "deployment d of A { c on P.n }\n");
		assertEquals(Main.PROBLEMS, run("verify", file.toString()));
		assertEquals(file + ":3:26: error: capacity: P.n is over its CPU: 1 replica(s) ask 4 cores, it has 2 cores (c).",
				out().strip());
	}

	@Test
	void verifyExplainsARule() {
		assertEquals(Main.OK, run("verify", "--explain", "residency"));
		assertTrue(out().startsWith("residency: "), out());
		assertEquals(Main.USAGE, run("verify", "--explain", "nonsense"));
		assertTrue(err().contains("capacity"), err());
	}

	@Test
	void whatifDrainingTheMogGpuVmIsCritical() {
		Path mog = examples().resolve("mog-live");
		assertEquals(Main.PROBLEMS, run("whatif", "production", mog.toString(), "--drain", "AwsFrankfurt.gpuVm"),
				err());
		assertTrue(out().contains("down: component storyNlp"), out());
		assertTrue(out().contains("breaks: SLA LiveStoryGold: transcoder, storyNlp not serving"), out());
		assertTrue(out().strip().endsWith("verdict: CRITICAL, the deployment stops serving"), out());
	}

	@Test
	void whatifCuttingALinkWithARegionDetourIsSafeAndSaysSoInJson() {
		Path mog = examples().resolve("mog-live");
		assertEquals(Main.OK, run("whatif", "mog.ops.production", "--format", "json", mog.toString(), "--cut",
				"FanPhones.fanPhone<->PortoEdge.stadiumBox"), out() + err());
		assertTrue(out().contains("\"critical\": false"), out());
		assertTrue(out().contains("\"harmful\": false"), out());
		assertTrue(out().contains("\"componentsDown\": []"), out());
	}

	@Test
	void whatifDrainingOnePhoneOfThreeCostsTheAvailabilityRequirement() {
		Path mog = examples().resolve("mog-live");
		assertEquals(Main.PROBLEMS, run("whatif", "production", mog.toString(), "--drain", "FanPhones.fanPhone3"));
		assertTrue(out().contains("new: error: availability: Deployment 'production' is available 98.9406 %"), out());
		assertTrue(out().strip().endsWith("verdict: UNSAFE, rules that held before fail"), out());
	}

	@Test
	void whatifNamesWhatIsWrongOnTheCommandLine() {
		Path mog = examples().resolve("mog-live");
		assertEquals(Main.USAGE, run("whatif", "production", mog.toString()));
		assertTrue(err().contains("give at least one action"), err());
		assertEquals(Main.USAGE, run("whatif", "nowhere", mog.toString(), "--drain", "AwsFrankfurt.gpuVm"));
		assertTrue(err().contains("no deployment 'nowhere'; deployments: mog.ops.production"), err());
		assertEquals(Main.USAGE, run("whatif", "production", mog.toString(), "--drain", "Aws.gpu"));
		assertTrue(err().contains("no node 'Aws.gpu'"), err());
	}
}

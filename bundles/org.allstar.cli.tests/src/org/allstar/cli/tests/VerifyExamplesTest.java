// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.allstar.cli.Main;
import org.allstar.verify.VerifyCodes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each folder of examples/verify/ breaks one rule; {@code allstar verify} on it must print exactly its
 * expected.txt (paths relative to the repository, as when run from its root). mog-broken is verified together with
 * the correct MOG example it imports.
 */
class VerifyExamplesTest {

	private static Path root() {
		return Repository.root();
	}

	private static List<Path> folders() throws IOException {
		try (Stream<Path> entries = Files.list(root().resolve("examples/verify"))) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
	}

	private static String verify(Path folder) {
		List<String> args = new ArrayList<>(List.of("verify"));
		if (folder.getFileName().toString().equals("mog-broken")) {
			args.add(root().resolve("examples/mog-live").toString());
		}
		args.add(folder.toString());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new Main().run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8).replace(root() + "/", "");
	}

	@TestFactory
	Stream<DynamicTest> eachExamplePrintsItsExpectedFindings() throws IOException {
		return folders().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
			String expected = Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
			assertEquals(expected, verify(folder));
		}));
	}

	@Test
	void everyRuleHasAnExampleThatReportsIt() throws IOException {
		List<String> names = folders().stream().map(f -> f.getFileName().toString()).toList();
		for (String code : VerifyCodes.all()) {
			assertTrue(names.contains(code), "no examples/verify/" + code);
			String expected = Files.readString(root().resolve("examples/verify/" + code + "/expected.txt"));
			assertTrue(expected.contains(": " + code + ": "), code + " example does not report " + code);
		}
	}

	@Test
	void theBrokenMogVariantFailsWhileTheCorrectOneAlonePasses() {
		assertEquals(Main.PROBLEMS, new Main().run(new String[] { "verify",
				root().resolve("examples/mog-live").toString(), root().resolve("examples/verify/mog-broken").toString() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
		assertEquals(Main.OK, new Main().run(new String[] { "verify", root().resolve("examples/mog-live").toString() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
	}
}

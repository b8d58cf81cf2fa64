// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allstar.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsTheBundleVersionAndSucceeds() {
		assertEquals(Main.OK, run("version"));
		assertTrue(out().startsWith("allstar 0."), out());
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(Main.USAGE, run("frobnicate"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command"));
	}

	@Test
	void validFileHasNoIssues(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("ok.allstar"), "package mog.providers\nprovider Aws { kind cloud }\n");
		assertEquals(Main.OK, run("validate", file.toString()), out());
		assertEquals("", out());
	}

	@Test
	void syntaxErrorIsReportedWithItsPosition(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("bad.allstar"), "package p\nprovider {\n");
		assertEquals(Main.PROBLEMS, run("validate", file.toString()));
		assertTrue(out().startsWith(file + ":2:"), out());
		assertTrue(out().contains(": error: "), out());
	}
}

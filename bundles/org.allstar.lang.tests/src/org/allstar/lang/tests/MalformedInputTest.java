// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.lang.validation.IssueCodes;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Broken files yield diagnostics at a place, never an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class MalformedInputTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	private LoadedModels loadBytes(byte[] content) throws Exception {
		Path file = dir.resolve("broken.allstar");
		Files.write(file, content);
		return loader.load(List.of(file), CancelIndicator.NullImpl);
	}

	@Test
	void truncatedExample() throws Exception {
		String text = Files.readString(Fixtures.examples().resolve("mog-live/providers.allstar"));
		LoadedModels loaded = loadBytes(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
		assertTrue(loaded.hasErrors());
		assertEquals(IssueCodes.SYNTAX, loaded.diagnostics().get(loaded.diagnostics().size() - 1).code());
		assertTrue(loaded.diagnostics().stream().allMatch(d -> d.line() >= 1 && d.column() >= 1));
	}

	@Test
	void binaryGarbage() throws Exception {
		byte[] garbage = new byte[64 * 1024];
		new Random(42).nextBytes(garbage);
		LoadedModels loaded = loadBytes(garbage);
		assertTrue(loaded.hasErrors());
	}

	@Test
	void fiveMegabytesOnOneLine() throws Exception {
		String unit = "provider P { node n { cpu 1 core } } ";
		StringBuilder line = new StringBuilder(5 * 1024 * 1024 + unit.length());
		while (line.length() < 5 * 1024 * 1024) {
			line.append(unit);
		}
		LoadedModels loaded = loadBytes(line.toString().getBytes(StandardCharsets.UTF_8));
		assertTrue(loaded.hasErrors(), "the repeated provider P is a duplicate name");
		assertTrue(loaded.diagnostics().stream().allMatch(d -> d.line() == 1));
	}

	@Test
	void fiveMegabytesOfGarbageOnOneLine() throws Exception {
		byte[] junk = "}{ -> <-> ".repeat(5 * 1024 * 1024 / 10).getBytes(StandardCharsets.UTF_8);
		LoadedModels loaded = loadBytes(junk);
		assertTrue(loaded.hasErrors());
	}

	@Test
	void emptyFileIsAnEmptyModel() throws Exception {
		assertEquals(List.of(), loadBytes(new byte[0]).diagnostics());
	}
}

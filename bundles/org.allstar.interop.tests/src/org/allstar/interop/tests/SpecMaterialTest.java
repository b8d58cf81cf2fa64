// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allstar.interop.tosca.ImportResult;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.verify.VerifyCodes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every service template of the TOSCA 1.3 examples and tutorial, imported, loaded, and round-tripped. */
class SpecMaterialTest {

	@TempDir
	Path folder;

	@TestFactory
	Stream<DynamicTest> everyTemplateImportsToAModelThatLoadsOrNamesWhatItCannotExpress() {
		assumeTrue(Fixtures.material() != null, "no TOSCA 1.3 material on this machine");
		return Fixtures.templates().stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
			ImportResult result = Fixtures.importer().read(file);
			LoadedModels loaded = Fixtures.load(result.text(), folder, "m.allstar");
			List<ModelDiagnostic> broken = loaded.diagnostics().stream()
					.filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR && !VerifyCodes.all().contains(d.code())).toList();
			assertEquals(List.of(), broken, result.text());
			boolean loadsClean = !loaded.hasErrors();
			assertTrue(loadsClean || !result.problems().isEmpty(), "verifier errors without a TOSCA problem: " + loaded.diagnostics());
			result.problems().forEach(p -> assertFalse(p.path().isBlank() || p.message().isBlank(), p.toString()));
			result.kept().forEach(k -> assertTrue(result.text().contains("// tosca " + k.substring(0, Math.min(k.length(), 40))), k));
		}));
	}

	@TestFactory
	Stream<DynamicTest> convertibleTemplatesSurviveImportExportImport() {
		assumeTrue(Fixtures.material() != null, "no TOSCA 1.3 material on this machine");
		return Fixtures.templates().stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
			ImportResult first = Fixtures.importer().read(file);
			assumeTrue(first.problems().isEmpty() && first.counts().nodes() + first.counts().components() > 0,
					"not convertible: " + first.problems());
			LoadedModels model = Fixtures.load(first.text(), folder, "first.allstar");
			String yaml = Fixtures.exporter().export(model.models()).yaml();
			Path exported = Files.writeString(folder.resolve("exported.yaml"), yaml);
			ImportResult second = Fixtures.importer().read(exported);
			assertEquals(List.of(), second.problems(), yaml);
			assertEquals(canonical(first.text()), canonical(second.text()), yaml);
		}));
	}

	/** The model lines without comments, sorted: the same elements with the same properties, in any order. */
	static String canonical(String text) {
		return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("//")).sorted()
				.collect(Collectors.joining("\n"));
	}

	private String name(Path file) {
		return Fixtures.material().relativize(file).toString();
	}
}

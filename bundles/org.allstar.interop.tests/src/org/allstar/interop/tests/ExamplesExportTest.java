// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.interop.tosca.ExportResult;
import org.allstar.interop.tosca.ImportResult;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.verify.VerifyCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The repository's examples exported to TOSCA: valid against the normative types, and importable again. */
class ExamplesExportTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "mog-live", "hello-edge" })
	void exportPassesTheNormativeTypeCheck(String example) throws Exception {
		assumeTrue(Fixtures.material() != null, "no TOSCA 1.3 material on this machine");
		ExportResult result = export(example);
		assertEquals(List.of(), new NormativeChecker(Fixtures.normativeProfile()).check(result.yaml()), result.yaml());
	}

	@ParameterizedTest
	@ValueSource(strings = { "mog-live", "hello-edge" })
	void exportImportsAgainWithItsComponentsFlowsAndPlacements(String example) throws Exception {
		ExportResult result = export(example);
		ImportResult again = Fixtures.importer().read(Files.writeString(folder.resolve(example + ".yaml"), result.yaml()));
		assertEquals(List.of(), again.problems());
		LoadedModels loaded = Fixtures.load(again.text(), folder, "again.allstar");
		assertEquals(List.of(), loaded.diagnostics().stream().filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR
				&& !VerifyCodes.all().contains(d.code())).toList(), again.text());
		LoadedModels original = Fixtures.loadExample(example);
		long components = original.models().stream().flatMap(m -> m.getElements().stream())
				.filter(org.allstar.model.Application.class::isInstance)
				.mapToLong(a -> ((org.allstar.model.Application) a).getComponents().size()).sum();
		assertEquals(components, again.counts().components());
		assertTrue(again.counts().placements() > 0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "mog-live" })
	void whatTheTemplateCannotCarryIsListed(String example) {
		ExportResult result = export(example);
		assertFalse(result.notCarried().isEmpty());
		assertTrue(result.notCarried().stream().anyMatch(n -> n.startsWith("node AwsFrankfurt.gpuVm: price")), result.notCarried().toString());
	}

	private static ExportResult export(String example) {
		LoadedModels loaded = Fixtures.loadExample(example);
		assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
		return Fixtures.exporter().export(loaded.models());
	}
}

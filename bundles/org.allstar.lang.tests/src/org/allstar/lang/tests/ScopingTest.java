// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelLoader;
import org.allstar.lang.validation.IssueCodes;
import org.allstar.model.Deployment;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Names across files: packages, wildcard and single imports, the own package, qualified names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class ScopingTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	private LoadedModels load(String... files) throws Exception {
		for (int i = 0; i < files.length; i++) {
			Files.writeString(dir.resolve("f" + i + ".allstar"), files[i]);
		}
		return loader.load(org.allstar.lang.load.ModelFiles.collect(List.of(dir)), CancelIndicator.NullImpl);
	}

	private static final String INFRA = "package infra provider P { node n { cpu 1 core } }";

	@Test
	void wildcardImport() throws Exception {
		LoadedModels loaded = load(INFRA,
				"package app import infra.* application A { component c { } } deployment d of A { c on P.n }");
		assertEquals(List.of(), loaded.diagnostics());
	}

	@Test
	void singleImport() throws Exception {
		LoadedModels loaded = load(INFRA,
				"package app import infra.P application A { component c { } } deployment d of A { c on P.n }");
		assertEquals(List.of(), loaded.diagnostics());
	}

	@Test
	void fullyQualifiedNameWithoutImport() throws Exception {
		LoadedModels loaded = load(INFRA,
				"package app application A { component c { } } deployment d of A { c on infra.P.n }");
		assertEquals(List.of(), loaded.diagnostics());
	}

	@Test
	void ownPackageAcrossFiles() throws Exception {
		LoadedModels loaded = load("package app application A { component c { } }",
				"package app provider P { node n { } } deployment d of A { c on P.n }");
		assertEquals(List.of(), loaded.diagnostics());
		Deployment d = ExamplesTest.find(loaded.models(), Deployment.class, "d");
		assertEquals("A", d.getApplication().getName());
	}

	@Test
	void otherPackageNeedsAnImport() throws Exception {
		LoadedModels loaded = load(INFRA,
				"package app application A { component c { } } deployment d of A { c on P.n }");
		ModelDiagnostic only = loaded.diagnostics().get(0);
		assertEquals(1, loaded.diagnostics().size());
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, only.code());
		assertEquals("f1.allstar", only.file().getFileName().toString());
		assertEquals(1, only.line());
		assertEquals("package app application A { component c { } } deployment d of A { c on ".length() + 1,
				only.column());
	}

	@Test
	void componentsAreScopedToTheDeployedApplication() throws Exception {
		LoadedModels loaded = load(INFRA, "package app import infra.* application A { component c { } }"
				+ " application B { component other { } } deployment d of A { other on P.n }");
		assertEquals(List.of(IssueCodes.UNRESOLVED_REFERENCE),
				loaded.diagnostics().stream().map(ModelDiagnostic::code).toList());
	}

	@Test
	void duplicateAcrossFilesOfOnePackage() throws Exception {
		LoadedModels loaded = load("package app application A { }", "package app application A { }");
		assertEquals(List.of(IssueCodes.DUPLICATE_NAME, IssueCodes.DUPLICATE_NAME),
				loaded.diagnostics().stream().map(ModelDiagnostic::code).toList());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
import org.allstar.model.Deployment;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Elements by simple or qualified name, and which errors keep a command or wizard from working on a model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class LoadedModelsTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	private LoadedModels load(String text) throws Exception {
		Path file = Files.writeString(dir.resolve("model.allstar"), text);
		return loader.load(List.of(file), CancelIndicator.NullImpl);
	}

	@Test
	void elementsAreFoundBySimpleOrQualifiedName() throws Exception {
		LoadedModels loaded = load(Files.readString(Fixtures.examples().resolve("hello-edge/hello.allstar")));
		assertEquals("Greeter", loaded.named(Application.class, "Greeter").get(0).getName());
		assertEquals(1, loaded.named(Application.class, "hello.Greeter").size());
		assertEquals(List.of(), loaded.named(Application.class, "other.Greeter"));
		assertEquals(List.of("local"), loaded.named(Deployment.class, null).stream().map(Deployment::getName).toList());
		assertEquals("hello.local", LoadedModels.qualifiedName(loaded.named(Deployment.class, "local").get(0)));
	}

	@Test
	void verifierFindingsAreNotLoadErrorsButBrokenSyntaxIs() throws Exception {
		String hello = Files.readString(Fixtures.examples().resolve("hello-edge/hello.allstar"));
		LoadedModels broken = load(hello.replace("    variant arm64 \"hello/web:1.0-arm64\"\n", ""));
		assertTrue(broken.hasErrors(), "the arm64 box cannot run the image: a verifier error");
		assertEquals(List.of(), broken.loadErrors());
		assertFalse(load(hello.replace("component web {", "component web")).loadErrors().isEmpty());
	}
}

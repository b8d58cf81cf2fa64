// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * parse, serialize, parse gives an equal model for every example. The serializer works on copies without node
 * models, so every value goes through the value converters and the formatter, not through the original text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class RoundTripTest {

	@Inject
	private ModelLoader loader;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path dir;

	@Test
	void everyExampleSurvivesSerializeAndReparse() throws Exception {
		for (Path project : Fixtures.exampleProjects()) {
			LoadedModels original = loader.load(Fixtures.filesOf(project), CancelIndicator.NullImpl);
			List<Path> written = new ArrayList<>();
			List<Model> copies = copyWithoutText(original);
			for (int i = 0; i < copies.size(); i++) {
				Model copy = copies.get(i);
				Path file = dir.resolve(project.getFileName() + "-" + i + ".allstar");
				Files.writeString(file, serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions()));
				written.add(file);
			}
			LoadedModels reparsed = loader.load(written, CancelIndicator.NullImpl);
			assertEquals(original.diagnostics().stream().map(ModelDiagnostic::message).toList(),
					reparsed.diagnostics().stream().map(ModelDiagnostic::message).toList(), project.toString());
			for (int i = 0; i < original.models().size(); i++) {
				assertTrue(EcoreUtil.equals(original.models().get(i), reparsed.models().get(i)),
						() -> project + ": model differs after round trip");
			}
		}
	}

	@Test
	void formattedOutputIsStable() throws Exception {
		for (Path project : Fixtures.exampleProjects()) {
			LoadedModels original = loader.load(Fixtures.filesOf(project), CancelIndicator.NullImpl);
			for (Model copy : copyWithoutText(original)) {
				String once = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
				assertFalse(once.isBlank());
				assertFalse(once.contains("\t"), () -> "indented with spaces:\n" + once);
				assertTrue(once.endsWith("\n") && !once.endsWith("\n\n"), () -> "ends with one line break:\n" + once);
			}
		}
	}

	/**
	 * Copies of all models, referring to each other, each in a resource of its own in a fresh resource set: without
	 * node models, so the serializer cannot fall back on the original text.
	 */
	private List<Model> copyWithoutText(LoadedModels loaded) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Model> copies = new ArrayList<>(copier.copyAll(loaded.models()));
		copier.copyReferences();
		XtextResourceSet resourceSet = resourceSets.get();
		for (int i = 0; i < copies.size(); i++) {
			Resource resource = resourceSet.createResource(URI.createURI("synthetic:/copy" + i + ".allstar"));
			resource.getContents().add(copies.get(i));
		}
		return copies;
	}
}

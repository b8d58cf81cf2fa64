// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allstar.interop.tosca.Names;
import org.allstar.interop.tosca.ToscaExporter;
import org.allstar.interop.tosca.ToscaImporter;
import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * Shared test fixtures: the language (set up once), the importer with its name converter, the repository's
 * examples, and the TOSCA 1.3 material (examples, tutorial, normative types) read from the shared folder beside the
 * repository (or {@code -Dallstar.tosca.material=DIR}); it is external input and never copied into the repository.
 */
final class Fixtures {

	private static Injector injector;

	private Fixtures() {
	}

	static synchronized Injector language() {
		if (injector == null) {
			injector = AllstarMlStandaloneSetup.doSetup();
		}
		return injector;
	}

	static ToscaImporter importer() {
		IValueConverterService converter = language().getInstance(IValueConverterService.class);
		return new ToscaImporter(new Names(name -> converter.toString(name, "ValidID")));
	}

	/** The exporter as the command line runs it: a feature counts as set when the text writes it. */
	static ToscaExporter exporter() {
		return new ToscaExporter((element, feature) -> element.eIsSet(feature)
				|| !NodeModelUtils.findNodesForFeature(element, feature).isEmpty());
	}

	/** Loads ALLSTAR-ML text as a file in {@code folder}. */
	static LoadedModels load(String text, Path folder, String fileName) {
		try {
			Path file = Files.writeString(folder.resolve(fileName), text);
			return language().getInstance(ModelLoader.class).load(List.of(file), CancelIndicator.NullImpl);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static LoadedModels loadExample(String name) {
		try {
			return language().getInstance(ModelLoader.class).load(ModelFiles.collect(List.of(repository().resolve("examples/" + name))),
					CancelIndicator.NullImpl);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static Path repository() {
		for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
			if (Files.isDirectory(d.resolve("examples/mog-live"))) {
				return d;
			}
		}
		throw new IllegalStateException("no examples/ above the working directory");
	}

	/** The TOSCA 1.3 material, or null where this machine has none (the tests that need it are then skipped). */
	static Path material() {
		String configured = System.getProperty("allstar.tosca.material");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path d = repository(); d != null; d = d.getParent()) {
			Path candidate = d.resolve("shared/interop/tosca-1.3");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	static Path normativeProfile() {
		return material().resolve("TMForum_oda/profiles/org/oasis-open/simple/1.3");
	}

	/** Every .yaml file under examples-from-spec and tutorial, sorted. */
	static List<Path> templates() {
		try (Stream<Path> files = Stream.concat(Files.walk(material().resolve("examples-from-spec")),
				Files.walk(material().resolve("tutorial")))) {
			return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

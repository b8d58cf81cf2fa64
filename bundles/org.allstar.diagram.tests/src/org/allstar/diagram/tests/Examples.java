// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/** The repository's examples, loaded as the editor and the CLI load them. */
final class Examples {

	static final Injector INJECTOR = new AllstarMlStandaloneSetup().createInjectorAndDoEMFRegistration();

	private Examples() {
	}

	static Path folder(String name) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("examples").resolve(name);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no examples/" + name + " above " + Path.of("").toAbsolutePath());
	}

	/** The files of an example, {@code first} first (the edited file), then the others it links to. */
	static LoadedModels load(String example, String first) {
		Path dir = folder(example);
		List<Path> files = new java.util.ArrayList<>(ModelFiles.collect(List.of(dir)));
		files.sort((a, b) -> Boolean.compare(!a.getFileName().toString().equals(first),
				!b.getFileName().toString().equals(first)));
		return INJECTOR.getInstance(ModelLoader.class).load(files, CancelIndicator.NullImpl);
	}
}

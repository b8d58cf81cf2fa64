// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.ModelFiles;

/** Shared test fixtures: where the repository's examples are. */
public final class Fixtures {

	private Fixtures() {
	}

	/** The examples/ folder of the repository, found from the working directory of the test run. */
	public static Path examples() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("examples");
			if (Files.isDirectory(candidate.resolve("mog-live"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
	}

	/** Every example project, each a folder of model files. */
	public static List<Path> exampleProjects() {
		return List.of(examples().resolve("mog-live"), examples().resolve("hello-edge"));
	}

	public static List<Path> filesOf(Path project) {
		return ModelFiles.collect(List.of(project));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's examples are, seen from the test's working directory (the bundle, in the build). */
final class Repository {

	private Repository() {
	}

	/** The repository root: the first folder above the working directory that holds examples/. */
	static Path root() {
		for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
			if (Files.isDirectory(d.resolve("examples/mog-live"))) {
				return d;
			}
		}
		throw new IllegalStateException("no examples/ above the working directory");
	}

	static Path examples() {
		return root().resolve("examples");
	}
}

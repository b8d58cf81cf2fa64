// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the ALLSTAR-ML files named on a command line: files as given, folders searched recursively. */
public final class ModelFiles {

	/** The file extension of ALLSTAR-ML models. */
	public static final String EXTENSION = ".allstar";

	private ModelFiles() {
	}

	/**
	 * The model files under {@code paths}, sorted within each folder.
	 *
	 * @throws ModelInputException when a path does not exist, or a folder holds no model file
	 */
	public static List<Path> collect(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = modelsIn(path);
				if (found.isEmpty()) {
					throw new ModelInputException(path + ": no " + EXTENSION + " files in this folder or below it; "
							+ "name a folder of models (for example examples/mog-live) or a model file.");
				}
				files.addAll(found);
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				throw new ModelInputException(path + ": no such file or folder; check the path (relative paths start"
						+ " at " + Path.of("").toAbsolutePath() + ").");
			}
		}
		return files;
	}

	private static List<Path> modelsIn(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(EXTENSION)).sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

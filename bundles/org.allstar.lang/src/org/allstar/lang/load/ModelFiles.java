// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the ALLSTAR-ML files named on a command line: files as given, folders searched recursively. */
public final class ModelFiles {

	/** The file extension of ALLSTAR-ML models. */
	public static final String EXTENSION = ".allstar";

	private ModelFiles() {
	}

	/**
	 * The model files under {@code paths}, sorted within each folder, each once however often it is named.
	 *
	 * @throws ModelInputException when a path does not exist, is not a model file, or a folder holds no model file
	 */
	public static List<Path> collect(List<Path> paths) {
		Map<Path, Path> files = new LinkedHashMap<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = modelsIn(path);
				if (found.isEmpty()) {
					throw new ModelInputException(path + ": no " + EXTENSION + " files in this folder or below it; "
							+ "name a folder of models (for example examples/mog-live) or a model file.");
				}
				found.forEach(file -> files.putIfAbsent(identity(file), file));
			} else if (Files.isRegularFile(path)) {
				if (!path.toString().endsWith(EXTENSION)) {
					throw new ModelInputException(path + ": not an ALLSTAR-ML file; model files end in " + EXTENSION
							+ ".");
				}
				files.putIfAbsent(identity(path), path);
			} else {
				throw new ModelInputException(path + ": no such file or folder; check the path (relative paths start"
						+ " at " + Path.of("").toAbsolutePath() + ").");
			}
		}
		return List.copyOf(files.values());
	}

	/** One key for all spellings of a file (./a, a, ../x/a). */
	public static Path identity(Path file) {
		return file.toAbsolutePath().normalize();
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

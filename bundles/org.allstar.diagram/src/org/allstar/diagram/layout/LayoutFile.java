// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.allstar.lang.load.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The layout side file of a model file: {@code .<name>.allstar.layout} in the same folder, JSON, one entry per
 * diagram (a diagram key such as {@code allstar-application/LiveStory}). Positions never go into the model text, so
 * the text stays what people write and diff; a lost or broken side file only costs an automatic layout.
 */
public final class LayoutFile {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private final Path file;

	private LayoutFile(Path file) {
		this.file = file;
	}

	/** The side file of {@code modelFile} (which need not exist yet). */
	public static LayoutFile besides(Path modelFile) {
		Path name = modelFile.getFileName();
		return new LayoutFile(modelFile.resolveSibling("." + name + ".layout"));
	}

	public Path path() {
		return file;
	}

	/** The layout of {@code diagram}; empty when the file or the entry does not exist or cannot be read. */
	public DiagramLayout read(String diagram) throws IOException {
		Content content = readAll();
		return new DiagramLayout(content.diagrams().getOrDefault(diagram, Map.of()),
				content.routes().getOrDefault(diagram, Map.of()));
	}

	/** Replaces the entry of {@code diagram}, keeping the other diagrams' entries; written atomically. */
	public void write(String diagram, DiagramLayout layout) throws IOException {
		Content all = readAll();
		all.diagrams().put(diagram, new TreeMap<>(layout.positions()));
		all.routes().put(diagram, new TreeMap<>(layout.routes()));
		AtomicFiles.write(file, GSON.toJson(new Content(1, all.diagrams(), all.routes())) + "\n");
	}

	private Content readAll() throws IOException {
		Content none = new Content(1, new TreeMap<>(), new TreeMap<>());
		if (!Files.isRegularFile(file)) {
			return none;
		}
		try {
			Content content = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Content.class);
			if (content == null || content.diagrams() == null) {
				return none;
			}
			// files written before edges had routes have no "routes": their edges are routed on the next layout
			return new Content(1, new TreeMap<>(content.diagrams()),
					content.routes() == null ? new TreeMap<>() : new TreeMap<>(content.routes()));
		} catch (JsonParseException e) {
			// positions are a convenience: an unreadable file is laid out anew (and replaced on the next write)
			return none;
		}
	}

	/**
	 * The JSON shape: a format version, then diagram key to element id to bounds, and diagram key to edge id to
	 * route.
	 */
	private record Content(int version, Map<String, Map<String, Bounds>> diagrams,
			Map<String, Map<String, Route>> routes) {
	}
}

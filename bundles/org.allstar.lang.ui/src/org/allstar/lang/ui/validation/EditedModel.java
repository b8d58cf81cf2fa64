// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.ui.LanguageServices;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The parsed, linked model of an editor's text, kept from one check to the next: a new text is given to Xtext as the
 * one replaced region where it differs from the last ({@link XtextResource#update}, partial parsing: only the
 * smallest enclosing rule is parsed again, and every cross-reference is linked again lazily, so none is left
 * pointing at a replaced object). A fresh parse (the text whole, the folder's other files loaded again) happens
 * on the first check, when the file or one of its sibling files changed on disk, and whenever an update fails or
 * leaves a node model whose text is not the editor's.
 */
final class EditedModel {

	private final LanguageServices services;
	private final boolean incremental;
	private XtextResource resource;
	private String text;
	private Path file;
	private Map<Path, Long> siblings = Map.of();
	private volatile long version;
	private int wholeParses;

	EditedModel(LanguageServices services, boolean incremental) {
		this.services = services;
		this.incremental = incremental;
	}

	/** Counts the changes of the model: a reader of an older version must not use it any more. */
	long version() {
		return version;
	}

	/** How many times the text was parsed whole (tests check that an edit does not). */
	int wholeParses() {
		return wholeParses;
	}

	/** The model of {@code text} as the file {@code file} (null: in memory). */
	XtextResource update(String newText, Path newFile) {
		if (resource != null && newText.equals(text) && Objects.equals(newFile, file)
				&& siblings.equals(siblingStamps(newFile))) {
			return resource;
		}
		version++;
		if (incremental && resource != null && Objects.equals(newFile, file)
				&& siblings.equals(siblingStamps(newFile)) && applyEdit(newText)) {
			text = newText;
			return resource;
		}
		return parseWhole(newText, newFile);
	}

	private boolean applyEdit(String newText) {
		int start = 0;
		int limit = Math.min(text.length(), newText.length());
		while (start < limit && text.charAt(start) == newText.charAt(start)) {
			start++;
		}
		int oldEnd = text.length();
		int newEnd = newText.length();
		while (oldEnd > start && newEnd > start && text.charAt(oldEnd - 1) == newText.charAt(newEnd - 1)) {
			oldEnd--;
			newEnd--;
		}
		try {
			resource.update(start, oldEnd - start, newText.substring(start, newEnd));
		} catch (RuntimeException | Error e) {
			resource = null; // half-updated (a parser error, or cancelled): never reuse it
			if (e instanceof Error error && !(e instanceof org.eclipse.xtext.service.OperationCanceledError)) {
				throw error;
			}
			return false;
		}
		return resource.getParseResult() != null && newText.equals(resource.getParseResult().getRootNode().getText());
	}

	private XtextResource parseWhole(String newText, Path newFile) {
		resource = null;
		wholeParses++;
		Map<Path, Long> stamps = siblingStamps(newFile);
		XtextResource parsed = services.parse(newText, newFile);
		resource = parsed;
		text = newText;
		file = newFile;
		siblings = stamps;
		return parsed;
	}

	/** The other model files of the folder, with their modification times: a change there means a fresh parse. */
	private static Map<Path, Long> siblingStamps(Path file) {
		Path folder = file == null ? null : file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return Map.of();
		}
		Map<Path, Long> stamps = new HashMap<>();
		try (Stream<Path> entries = Files.list(folder)) {
			entries.filter(p -> p.getFileName().toString().endsWith(ModelFiles.EXTENSION))
					.filter(p -> !p.toAbsolutePath().equals(file.toAbsolutePath()))
					.forEach(p -> stamps.put(p, lastModified(p)));
		} catch (IOException e) {
			return Map.of();
		}
		return stamps;
	}

	private static long lastModified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toMillis() ^ Files.size(path) * 31;
		} catch (IOException e) {
			return -1;
		}
	}
}

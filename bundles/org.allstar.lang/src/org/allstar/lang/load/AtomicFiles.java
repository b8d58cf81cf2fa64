// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content so that a crash, a full disk or a failed write leaves either the old or the new text,
 * never half of one: the text goes to a temporary file in the same folder, which is then moved over the file.
 * Used by the CLI's commands that write files and by the editor's save.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Writes through symbolic links and keeps the file's permissions; creates the file when it does not exist. */
	public static void write(Path file, String text) throws IOException {
		boolean exists = Files.exists(file);
		Path target = exists ? file.toRealPath() : file.toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			if (exists) {
				keepPermissions(target, temporary);
			} else if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
				// a temporary file is private (rw-------); a new model file gets the usual rw-r--r--
				Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void keepPermissions(Path original, Path replacement) throws IOException {
		if (Files.getFileStore(original).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
		}
	}
}

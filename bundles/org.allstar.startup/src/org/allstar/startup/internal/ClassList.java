// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a start loads, in the order it loaded them: made from the JVM's class-load log
 * ({@code -Xlog:class+load=info}) of one start, kept as a text file of "bundle class" lines beside the product.
 */
public final class ClassList {
	/**
	 * The framework and its launcher: their classes come from the application class path before any bundle starts,
	 * so there is nothing to load ahead, and a bundle loader must not define second copies of them.
	 */
	static final Set<String> LOADED_BEFORE_BUNDLES = Set.of("org.eclipse.osgi", "org.eclipse.equinox.launcher");

	/** The bundle name that stands for the JDK in the list: its classes come from the JDK's own class archive or modules. */
	public static final String JDK = "<jdk>";

	/** "[0.050s][info][class,load] java.util.HashMap source: shared objects file" or "… source: jrt:/java.desktop". */
	private static final Pattern JDK_CLASS_LOAD = Pattern.compile("\\[class,load\\s*\\] (\\S+) source: (?:shared objects file$|jrt:/)");
	/** "[1.270s][info][class,load] a.b.C source: file:/…/plugins/bundle_1.2.3.v2026.jar" (a folder bundle ends in /…). */
	private static final Pattern CLASS_LOAD = Pattern.compile("\\[class,load\\s*\\] (\\S+) source: file:.*?/plugins/([^/]+)");
	/** A bundle's file or folder name in plugins/: its symbolic name, "_", and a version of at least three numbers. */
	private static final Pattern BUNDLE_FILE = Pattern.compile("(.+?)_\\d+\\.\\d+\\.\\d+[^/]*");

	private ClassList() {
	}

	/**
	 * The bundle classes of a class-load log, up to (without) the first load of {@code marker}; all of them when the
	 * marker was not loaded. The JDK's classes are listed under {@link #JDK} (on the start that records the list
	 * there is only the JDK's own class archive); classes of the framework and its launcher, and generated ones
	 * (lambdas, proxies) are left out.
	 */
	public static List<StartupClass> fromClassLoadLog(List<String> lines, String marker) {
		List<StartupClass> classes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String line : lines) {
			Matcher load = CLASS_LOAD.matcher(line);
			if (!load.find()) {
				if (line.contains("] " + marker + " source: ")) {
					break;
				}
				Matcher jdk = JDK_CLASS_LOAD.matcher(line);
				if (jdk.find() && !jdk.group(1).contains("$$") && seen.add(jdk.group(1))) {
					classes.add(new StartupClass(JDK, jdk.group(1)));
				}
				continue;
			}
			String name = load.group(1);
			if (name.equals(marker)) {
				break;
			}
			Matcher file = BUNDLE_FILE.matcher(load.group(2));
			if (!file.matches() || name.contains("$$") || LOADED_BEFORE_BUNDLES.contains(file.group(1))) {
				continue;
			}
			if (seen.add(name)) {
				classes.add(new StartupClass(file.group(1), name));
			}
		}
		return classes;
	}

	/** The list written by {@link #write}. */
	public static List<StartupClass> read(Path file) throws IOException {
		List<StartupClass> classes = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int space = line.indexOf(' ');
			if (space > 0 && space < line.length() - 1) {
				classes.add(new StartupClass(line.substring(0, space), line.substring(space + 1)));
			}
		}
		return classes;
	}

	/** Writes the list atomically: a start that reads it sees the whole old list or the whole new one. */
	public static void write(List<StartupClass> classes, Path file) throws IOException {
		StringBuilder text = new StringBuilder(classes.size() * 64);
		for (StartupClass startupClass : classes) {
			text.append(startupClass.bundle()).append(' ').append(startupClass.name()).append('\n');
		}
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
		try {
			readableByAll(temporary);
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A temporary file is its owner's only; the list is read by whoever starts the product. */
	private static void readableByAll(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: its default permissions apply
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.startup.internal.ClassList;
import org.allstar.startup.internal.StartupClass;

/**
 * The list of classes a start of the studio loads before its workbench is usable, which later starts load ahead on
 * the second core (./allstar studio passes the properties; ARCHITECTURE §17). The start that records the class
 * archive also records this list: the JVM logs each class it loads with the jar it came from, and once the
 * workbench is usable (its window shown, its UI thread idle) {@link #markUsable()} marks the log and
 * {@link #record(String)} turns it into the list.
 */
public final class StartupClasses {
	/** System property: the class list's file, preloaded when it exists. */
	public static final String LIST_PROPERTY = "allstar.startup.classes";
	/** System property: the JVM's class-load log of this start ({@code -Xlog:class+load=info:file=…}), to record. */
	public static final String LOG_PROPERTY = "allstar.startup.classlog";
	/** System property: when true, the preloader prints what it did on standard error. */
	public static final String REPORT_PROPERTY = "allstar.startup.report";

	private StartupClasses() {
	}

	/** Whether this start records the list: it logs the classes it loads ({@value #LOG_PROPERTY}). */
	public static boolean recording() {
		String log = System.getProperty(LOG_PROPERTY);
		return log != null && System.getProperty(LIST_PROPERTY) != null && Files.isRegularFile(Path.of(log));
	}

	/**
	 * To be called the moment the workbench is usable, when {@link #recording()}: loads a marker class, whose line in
	 * the log ends the start's classes, and returns its name for {@link #record(String)}.
	 */
	public static String markUsable() {
		return UsableMarker.class.getName(); // the class constant loads it, here and not before
	}

	/**
	 * Writes the classes the log lists before the marker to the list ({@value #LIST_PROPERTY}) and deletes the log.
	 * Returns the number of classes written.
	 */
	public static int record(String marker) throws IOException {
		return record(Path.of(System.getProperty(LOG_PROPERTY)), marker, Path.of(System.getProperty(LIST_PROPERTY)));
	}

	static int record(Path log, String marker, Path list) throws IOException {
		// decoded leniently: a path in the log need not be UTF-8
		List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		List<StartupClass> classes = ClassList.fromClassLoadLog(lines, marker);
		ClassList.write(classes, list);
		Files.deleteIfExists(log);
		return classes.size();
	}

	/** Never used but to be loaded once, by {@link #markUsable()}. */
	private static final class UsableMarker {
	}
}

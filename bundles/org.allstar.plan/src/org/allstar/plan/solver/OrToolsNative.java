// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native libraries once per process, on a plain class path (the command line) and inside OSGi (the
 * IDE, the tests).
 * <p>
 * On a class path, OR-Tools' own {@link Loader} finds the natives in the jar and extracts them. Inside OSGi it cannot:
 * it asks for a zip file system over the "bundleresource:" URL, which does not exist. There the natives jar is a
 * fragment of the OR-Tools bundle whose Bundle-NativeCode names libjniortools.so, so the Loader's first attempt,
 * System.loadLibrary in the host's class loader, binds JNI to the class loader that defines the solver classes (JNI
 * binds per class loader, so loading it from this bundle would not do). Equinox extracts only that one file, though,
 * and it needs about a hundred sibling libraries through RUNPATH $ORIGIN. So we copy the siblings once into this
 * bundle's data area and load libortools.so.9 from there first: the JNI library then finds that soname loaded.
 */
public final class OrToolsNative {

	private static volatile boolean loaded;
	/** The thread of {@link #loadInBackground}, once started. */
	private static final java.util.concurrent.atomic.AtomicReference<Thread> BACKGROUND =
			new java.util.concurrent.atomic.AtomicReference<>();

	private OrToolsNative() {
	}

	/** Loads the natives if that has not happened yet; throws with the reason when they cannot be loaded. */
	public static synchronized void load() {
		if (loaded) {
			return;
		}
		if (insideOsgi()) {
			Osgi.preloadSiblings();
		}
		Loader.loadNativeLibraries();
		loaded = true;
	}

	/**
	 * Starts loading on a thread of its own (once per process), so that the caller can build its problem and a greedy
	 * plan meanwhile: the first load took 2–5 s on a loaded machine, more than a short time limit. The thread is made
	 * here, so it has the caller's context class loader.
	 */
	public static void loadInBackground() {
		if (loaded || BACKGROUND.get() != null) {
			return;
		}
		Thread thread = Thread.ofPlatform().daemon().name("allstar-plan-natives").unstarted(() -> {
			try {
				load();
			} catch (RuntimeException | LinkageError e) {
				// loadedBy loads again on its caller's thread, which then reports what is missing
			}
		});
		if (BACKGROUND.compareAndSet(null, thread)) {
			thread.start();
		}
	}

	/**
	 * Whether the natives are loaded by {@code deadline} (System.nanoTime): waits for a background load until then, or
	 * loads here when none runs; throws with the reason when they cannot be loaded.
	 */
	static boolean loadedBy(long deadline) {
		Thread thread = BACKGROUND.get();
		if (thread != null && !loaded) {
			try {
				thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return loaded;
			}
		}
		if (!loaded && (thread == null || !thread.isAlive())) {
			load();
		}
		return loaded;
	}

	private static boolean insideOsgi() {
		try {
			Class.forName("org.osgi.framework.FrameworkUtil", false, OrToolsNative.class.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			return false; // the command line runs without a framework
		}
		return Osgi.bundleOf(Loader.class) != null;
	}

	/** Kept apart so that the OSGi classes are touched only where a framework runs. */
	private static final class Osgi {

		static Bundle bundleOf(Class<?> type) {
			return FrameworkUtil.getBundle(type);
		}

		static void preloadSiblings() {
			Bundle host = FrameworkUtil.getBundle(Loader.class);
			Bundle self = FrameworkUtil.getBundle(OrToolsNative.class);
			try {
				Path dir = self != null && self.getDataFile("") != null
						? self.getDataFile("ortools-" + host.getVersion()).toPath()
						: Files.createTempDirectory("ortools-" + host.getVersion());
				Files.createDirectories(dir);
				Enumeration<URL> libraries = host.findEntries("ortools-linux-x86-64", "*.so*", false);
				if (libraries == null) {
					throw new FileNotFoundException("the OR-Tools natives for Linux x86-64 (bundle "
							+ "com.google.ortools.linux.x86_64) are not installed; the planner runs on Linux x86-64 only");
				}
				while (libraries.hasMoreElements()) {
					copyOnce(libraries.nextElement(), dir);
				}
				System.load(dir.resolve("libortools.so.9").toString());
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot extract the OR-Tools native libraries: " + e.getMessage(), e);
			}
		}

		private static void copyOnce(URL library, Path dir) throws IOException {
			String path = library.getPath();
			Path target = dir.resolve(path.substring(path.lastIndexOf('/') + 1));
			if (Files.exists(target)) {
				return;
			}
			Path partial = Files.createTempFile(dir, target.getFileName().toString(), ".part");
			try (InputStream in = library.openStream()) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}

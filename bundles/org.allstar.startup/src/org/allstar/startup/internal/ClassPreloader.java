// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Loads, on a thread of its own, the classes that the last recorded start loaded, in the same order, so that the UI
 * thread finds most of them defined already: reading them from their bundles' jars, inflating them and defining them
 * (from the class archive) then happens on the second core. Classes are only loaded, never initialised, so no
 * static initialiser runs earlier or on another thread than it would have.
 * <p>
 * A bundle that starts lazily starts when its first class is loaded; loading that class here would start it on this
 * thread and perhaps earlier than the start would have. Its classes wait until the bundle is active (the start
 * itself activated it) and are loaded then, in their order, for at most the given patience.
 */
public final class ClassPreloader {
	/** A bundle as the preloader sees it. */
	public interface Source {
		/** Whether loading its classes now leaves unchanged when and on which thread the bundle starts. */
		boolean ready();

		/** Loads (defines, without initialising) the class. */
		void load(String className) throws ClassNotFoundException;
	}

	/** What one run did. */
	public record Result(int loaded, int failed, int skipped, int leftWaiting) {
	}

	private static final long WAKE_UP_MILLIS = 50;

	private final Function<String, Source> sources;
	private final Semaphore bundleStarted = new Semaphore(0);

	/** @param sources the bundle of a symbolic name, or null when no such bundle is installed */
	public ClassPreloader(Function<String, Source> sources) {
		this.sources = sources;
	}

	/** To be called when a bundle started: wakes a run that waits for lazily started bundles. */
	public void bundleStarted() {
		bundleStarted.release();
	}

	/** Loads the classes; returns when all are loaded, the patience is used up, or the thread is interrupted. */
	public Result run(List<StartupClass> classes, Duration patience) {
		Counts counts = new Counts();
		Map<String, List<String>> waiting = new LinkedHashMap<>();
		for (StartupClass startupClass : classes) {
			if (Thread.currentThread().isInterrupted()) {
				return counts.result(waiting);
			}
			List<String> waitingClasses = waiting.get(startupClass.bundle());
			Source source = waitingClasses == null ? sources.apply(startupClass.bundle()) : null;
			if (waitingClasses != null) {
				waitingClasses.add(startupClass.name());
			} else if (source == null) {
				counts.skipped++;
			} else if (source.ready()) {
				load(source, startupClass.name(), counts);
			} else {
				waiting.computeIfAbsent(startupClass.bundle(), bundle -> new ArrayList<>()).add(startupClass.name());
			}
		}
		awaitLazyBundles(waiting, patience, counts);
		return counts.result(waiting);
	}

	private void awaitLazyBundles(Map<String, List<String>> waiting, Duration patience, Counts counts) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!waiting.isEmpty() && System.nanoTime() < deadline) {
			for (Iterator<Map.Entry<String, List<String>>> it = waiting.entrySet().iterator(); it.hasNext();) {
				Map.Entry<String, List<String>> bundle = it.next();
				Source source = sources.apply(bundle.getKey());
				if (source == null) {
					counts.skipped += bundle.getValue().size();
					it.remove();
				} else if (source.ready()) {
					bundle.getValue().forEach(name -> load(source, name, counts));
					it.remove();
				}
			}
			try {
				// woken by a started bundle; the timeout also covers a start between ready() and the wait
				bundleStarted.tryAcquire(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void load(Source source, String name, Counts counts) {
		try {
			source.load(name);
			counts.loaded++;
		} catch (ClassNotFoundException | LinkageError | RuntimeException e) {
			// a bundle changed since the list was recorded, or was uninstalled: the start loads what it needs itself
			counts.failed++;
		}
	}

	private static final class Counts {
		int loaded;
		int failed;
		int skipped;

		Result result(Map<String, List<String>> waiting) {
			return new Result(loaded, failed, skipped, waiting.values().stream().mapToInt(List::size).sum());
		}
	}
}

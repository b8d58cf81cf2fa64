// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.allstar.startup.StartupClasses;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * Started early by the product (start level 2): when the studio runs with a class list
 * ({@value StartupClasses#LIST_PROPERTY}), loads its classes ahead of the start on a daemon thread.
 */
public final class Activator implements BundleActivator {
	/** How long classes of lazily started bundles wait for their bundle to be started by the studio. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private Thread preloading;
	private BundleListener listener;

	@Override
	public void start(BundleContext context) {
		String list = context.getProperty(StartupClasses.LIST_PROPERTY);
		if (list == null || list.isBlank() || !Files.isRegularFile(Path.of(list))) {
			return;
		}
		ClassPreloader preloader = new ClassPreloader(new BundleSources(context));
		// not synchronous: a synchronous listener would run on the thread that starts the bundle, the UI thread
		listener = event -> {
			if (event.getType() == BundleEvent.STARTED) {
				preloader.bundleStarted();
			}
		};
		context.addBundleListener(listener);
		preloading = new Thread(() -> preload(context, preloader, Path.of(list)), "ALLSTAR class preloader");
		preloading.setDaemon(true);
		preloading.start();
	}

	private void preload(BundleContext context, ClassPreloader preloader, Path list) {
		try {
			long start = System.nanoTime();
			List<StartupClass> classes = ClassList.read(list);
			ClassPreloader.Result result = preloader.run(classes, PATIENCE);
			if (Boolean.getBoolean(StartupClasses.REPORT_PROPERTY)) {
				System.err.println("ALLSTAR class preloader: " + result + " in "
						+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
			}
		} catch (IOException e) {
			System.err.println("ALLSTAR class preloader: cannot read " + list + ": " + e.getMessage());
		} finally {
			removeListener(context);
		}
	}

	private synchronized void removeListener(BundleContext context) {
		if (listener != null) {
			try {
				context.removeBundleListener(listener);
			} catch (IllegalStateException e) {
				// the bundle stopped meanwhile: its listeners are gone already
			}
			listener = null;
		}
	}

	@Override
	public void stop(BundleContext context) {
		if (preloading != null) {
			preloading.interrupt();
		}
		removeListener(context);
	}
}

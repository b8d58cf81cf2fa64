// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;

/** The preloader against real bundles: it must never be the one that starts a lazily started bundle. */
class BundleSourcesTest {
	private static final String LAZY = "org.allstar.startup.tests.lazy";
	private static final String CLASS = StartupClass.class.getName();

	private BundleContext context;
	private Bundle lazy;

	@BeforeEach
	void installLazyBundle() throws Exception {
		Bundle host = FrameworkUtil.getBundle(getClass());
		if (host.getState() != Bundle.ACTIVE) {
			host.start();
		}
		context = host.getBundleContext();
		lazy = context.installBundle("test:" + LAZY, lazyBundleJar());
		lazy.start(Bundle.START_ACTIVATION_POLICY);
	}

	@AfterEach
	void uninstall() throws Exception {
		lazy.uninstall();
	}

	/** A lazily started bundle with a class of its own (a copy of {@link StartupClass}, which it does not import). */
	private static InputStream lazyBundleJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", LAZY);
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Bundle-ActivationPolicy", "lazy");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		String path = CLASS.replace('.', '/') + ".class";
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest);
				InputStream classFile = StartupClass.class.getClassLoader().getResourceAsStream(path)) {
			jar.putNextEntry(new JarEntry(path));
			classFile.transferTo(jar);
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

	@Test
	void aLazyBundleIsLeftToTheStudioToStart() throws Exception {
		assertEquals(Bundle.STARTING, lazy.getState());
		assertTrue(BundleSources.startsLazily(lazy));
		ClassPreloader preloader = new ClassPreloader(new BundleSources(context));

		ClassPreloader.Result result = preloader.run(List.of(new StartupClass(LAZY, CLASS)), Duration.ofMillis(300));

		assertEquals(new ClassPreloader.Result(0, 0, 0, 1), result);
		assertEquals(Bundle.STARTING, lazy.getState(), "the preloader did not start the bundle");
	}

	@Test
	void itsClassesAreLoadedOnceTheStudioStartedIt() throws Exception {
		ClassPreloader preloader = new ClassPreloader(new BundleSources(context));
		BundleListener listener = event -> {
			if (event.getType() == BundleEvent.STARTED) {
				preloader.bundleStarted();
			}
		};
		context.addBundleListener(listener);
		try {
			CompletableFuture<ClassPreloader.Result> run = CompletableFuture
					.supplyAsync(() -> preloader.run(List.of(new StartupClass(LAZY, CLASS)), Duration.ofSeconds(20)));
			Thread.sleep(200);
			assertFalse(run.isDone(), "waits for the bundle");
			lazy.start();

			assertEquals(new ClassPreloader.Result(1, 0, 0, 0), run.get(10, TimeUnit.SECONDS));
		} finally {
			context.removeBundleListener(listener);
		}
	}

	@Test
	void aFragmentsClassesComeFromItsHostTheJdksFromItsModulesAndUnknownBundlesAreSkipped() throws Exception {
		BundleSources sources = new BundleSources(context);
		ClassPreloader.Source fragment = sources.apply("org.allstar.startup.tests");

		assertTrue(fragment.ready());
		fragment.load(getClass().getName());
		assertFalse(BundleSources.startsLazily(FrameworkUtil.getBundle(getClass())));
		assertNull(sources.apply("no.such.bundle"));
		ClassPreloader.Source jdk = sources.apply(ClassList.JDK);
		assertTrue(jdk.ready());
		jdk.load("java.util.concurrent.ConcurrentSkipListMap");
	}
}

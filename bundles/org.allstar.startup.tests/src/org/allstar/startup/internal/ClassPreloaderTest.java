// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ClassPreloaderTest {
	/** A bundle that records what was loaded from it, and can be made ready later. */
	private static final class FakeSource implements ClassPreloader.Source {
		final String name;
		final List<String> loads;
		volatile boolean ready;

		FakeSource(String name, boolean ready, List<String> loads) {
			this.name = name;
			this.ready = ready;
			this.loads = loads;
		}

		@Override
		public boolean ready() {
			return ready;
		}

		@Override
		public void load(String className) throws ClassNotFoundException {
			if (className.endsWith("Missing")) {
				throw new ClassNotFoundException(className);
			}
			synchronized (loads) {
				loads.add(name + ":" + className);
			}
		}
	}

	private final List<String> loads = new ArrayList<>();
	private final Map<String, FakeSource> bundles = new HashMap<>();

	private FakeSource bundle(String name, boolean ready) {
		FakeSource source = new FakeSource(name, ready, loads);
		bundles.put(name, source);
		return source;
	}

	private static StartupClass c(String bundle, String name) {
		return new StartupClass(bundle, name);
	}

	@Test
	void loadsInTheRecordedOrderAndSkipsWhatIsNotThere() {
		bundle("a", true);
		bundle("b", true);
		ClassPreloader preloader = new ClassPreloader(bundles::get);

		ClassPreloader.Result result = preloader.run(
				List.of(c("a", "A1"), c("b", "B1"), c("gone", "G1"), c("a", "AMissing"), c("a", "A2")), Duration.ZERO);

		assertEquals(List.of("a:A1", "b:B1", "a:A2"), loads);
		assertEquals(new ClassPreloader.Result(3, 1, 1, 0), result);
	}

	@Test
	void classesOfALazyBundleWaitUntilTheStudioStartedIt() throws Exception {
		bundle("eager", true);
		FakeSource lazy = bundle("lazy", false);
		ClassPreloader preloader = new ClassPreloader(bundles::get);

		CompletableFuture<ClassPreloader.Result> run = CompletableFuture.supplyAsync(() -> preloader
				.run(List.of(c("lazy", "L1"), c("eager", "E1"), c("lazy", "L2"), c("eager", "E2")), Duration.ofSeconds(20)));
		Thread.sleep(300);
		synchronized (loads) {
			assertEquals(List.of("eager:E1", "eager:E2"), loads, "nothing of the lazy bundle before it started");
		}
		lazy.ready = true;
		preloader.bundleStarted();

		assertEquals(new ClassPreloader.Result(4, 0, 0, 0), run.get(10, TimeUnit.SECONDS));
		assertEquals(List.of("eager:E1", "eager:E2", "lazy:L1", "lazy:L2"), loads);
	}

	@Test
	void givesUpOnBundlesThatDoNotStartWithinItsPatience() {
		bundle("never", false);
		ClassPreloader preloader = new ClassPreloader(bundles::get);
		long start = System.nanoTime();

		ClassPreloader.Result result = preloader.run(List.of(c("never", "N1"), c("never", "N2")), Duration.ofMillis(200));

		assertEquals(new ClassPreloader.Result(0, 0, 0, 2), result);
		assertTrue(loads.isEmpty());
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "returns after its patience");
	}

	@Test
	void stopsWhenInterrupted() {
		bundle("a", true);
		ClassPreloader preloader = new ClassPreloader(bundles::get);
		Thread.currentThread().interrupt();
		try {
			assertEquals(0, preloader.run(List.of(c("a", "A1")), Duration.ZERO).loaded());
		} finally {
			Thread.interrupted();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allstar.model.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitor's stored run read back, as {@code allstar diagnose} and the IDE's runtime diagnostics read it: the
 * newest point, the anomalies (all, and those of a recent window), the monitor's interval and the SLA states.
 */
class MeasuredRunTest {

	@Test
	void aStoredRunIsReadBackWithItsAnomaliesIntervalAndSlas(@TempDir Path folder) throws Exception {
		Deployment live = SlaEvaluatorTest.deployment(folder);
		Path monitor = folder.resolve("monitor");
		assertFalse(MeasuredRun.exists(monitor, "live"));
		try (MetricStore store = new MetricStore(1000, Monitor.seriesFile(monitor, "live"))) {
			SlaEvaluatorTest.record(store, 0, 40, false, 20);
			SlaEvaluatorTest.record(store, 40, 44, false, 400); // the latency jumps: an anomaly
			store.flush();
		}
		assertTrue(MeasuredRun.exists(monitor, "live"));
		try (MeasuredRun run = MeasuredRun.read(monitor, "live")) {
			assertEquals(43 * 500L, run.newest());
			assertEquals(500, run.interval(live), "the median gap between the deployment's ticks");
			assertTrue(run.anomalies().stream().anyMatch(a -> a.key().equals(SlaEvaluatorTest.LATENCY) && a.above()),
					run.anomalies().toString());
			assertEquals(List.of(), run.recent(0), "nothing is newer than the newest point");
			assertFalse(run.recent(5_000).isEmpty());
			SlaStatus latency = SlaEvaluatorTest.find(run.slas(live), "latency");
			assertEquals(SlaStatus.State.BREACHED, latency.state(), latency.describe());
		}
	}
}

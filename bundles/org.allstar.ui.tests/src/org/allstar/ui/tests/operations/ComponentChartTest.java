// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allstar.deploy.ui.charts.ComponentChart;
import org.allstar.monitor.Anomaly;
import org.allstar.monitor.Detector;
import org.allstar.monitor.Metric;
import org.allstar.monitor.MetricStore;
import org.allstar.monitor.SeriesKey;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** A component's chart is drawn off screen by the charting library, with the detector's anomalies in red. */
class ComponentChartTest {

	private static final SeriesKey CPU = new SeriesKey("web", 0, "CornerShop.box", Metric.CPU);

	private static MetricStore store(boolean spike) {
		MetricStore store = new MetricStore(1000);
		for (int i = 0; i < 60; i++) {
			double value = 0.2 + 0.01 * (i % 3) + (spike && i >= 50 ? 3.5 : 0);
			store.record(CPU, 1_000_000L + i * 2000L, value);
			store.record(new SeriesKey("web", 0, "CornerShop.box", Metric.MEMORY), 1_000_000L + i * 2000L, 40);
			store.record(new SeriesKey("web", 0, "CornerShop.box", Metric.UP), 1_000_000L + i * 2000L, 1);
		}
		return store;
	}

	private static int redPixels(ImageData data) {
		int red = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red == ComponentChart.ANOMALY.getRed() && rgb.green == 0 && rgb.blue == 0) red++;
			}
		}
		return red;
	}

	@Test
	void theChartHasTheAskedSizeAndMarksAnomalies() {
		MetricStore store = store(true);
		List<Anomaly> anomalies = Detector.scan(store, Detector.Settings.DEFAULT);
		assertTrue(anomalies.stream().anyMatch(a -> a.key().equals(CPU)), "the spike is an anomaly: " + anomalies);
		ImageData data = ComponentChart.render("web", store, anomalies, 500, 400);
		assertEquals(500, data.width);
		assertEquals(400, data.height);
		assertTrue(redPixels(data) > 10, "red anomaly dots");
	}

	@Test
	void aQuietSeriesHasNoMarks() {
		MetricStore store = store(false);
		List<Anomaly> anomalies = Detector.scan(store, Detector.Settings.DEFAULT);
		assertEquals(List.of(), anomalies);
		assertEquals(0, redPixels(ComponentChart.render("web", store, anomalies, 500, 400)));
	}
}

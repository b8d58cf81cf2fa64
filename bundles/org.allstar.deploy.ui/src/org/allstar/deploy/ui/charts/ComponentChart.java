// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.allstar.monitor.Anomaly;
import org.allstar.monitor.Metric;
import org.allstar.monitor.MetricStore;
import org.allstar.monitor.SeriesKey;
import org.allstar.monitor.TimeSeries;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * One component's measurements as a chart: CPU, memory, latency and up, one line per replica, on a shared time
 * axis, with the detector's anomalies as red dots. JFreeChart draws into an image off screen (AWT headless: no AWT
 * window ever opens); the result is SWT image data, so JFreeChart's types never leave this package.
 */
public final class ComponentChart {

	/** The metrics charted, top to bottom. */
	public static final List<Metric> METRICS = List.of(Metric.CPU, Metric.MEMORY, Metric.LATENCY, Metric.UP);

	/** The colour of an anomaly mark, so tests can find the marks in the image. */
	public static final Color ANOMALY = new Color(220, 0, 0);

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true"); // charts are drawn into images; SWT owns the screen
		}
	}

	private ComponentChart() {
	}

	/** The chart of {@code component}'s series in {@code store}, {@code width} × {@code height} pixels. */
	public static ImageData render(String component, MetricStore store, List<Anomaly> anomalies, int width, int height) {
		CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new DateAxis("time"));
		plot.setGap(6);
		for (Metric metric : METRICS) {
			plot.add(subplot(component, metric, store, anomalies), 1);
		}
		JFreeChart chart = new JFreeChart(component, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		} finally {
			graphics.dispose();
		}
		return imageData(image);
	}

	private static XYPlot subplot(String component, Metric metric, MetricStore store, List<Anomaly> anomalies) {
		TimeSeriesCollection lines = new TimeSeriesCollection();
		for (Map.Entry<SeriesKey, TimeSeries> entry : store.all().entrySet()) {
			SeriesKey key = entry.getKey();
			if (component.equals(key.component()) && key.metric() == metric) {
				lines.addSeries(series(key.component() + "#" + key.replica() + "@" + key.node(), entry.getValue().points()));
			}
		}
		TimeSeriesCollection marks = new TimeSeriesCollection();
		org.jfree.data.time.TimeSeries anomalous = new org.jfree.data.time.TimeSeries("anomaly");
		anomalies.stream().filter(a -> component.equals(a.key().component()) && a.key().metric() == metric)
				.forEach(a -> anomalous.addOrUpdate(new FixedMillisecond(a.at()), a.value()));
		marks.addSeries(anomalous);
		NumberAxis axis = new NumberAxis(metric.label() + (metric.unit().isEmpty() ? "" : " (" + metric.unit() + ")"));
		axis.setAutoRangeIncludesZero(true);
		XYPlot plot = new XYPlot(lines, null, axis, new XYLineAndShapeRenderer(true, false));
		plot.setDataset(1, marks);
		XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
		dots.setSeriesPaint(0, ANOMALY);
		dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
		dots.setSeriesVisibleInLegend(0, false);
		plot.setRenderer(1, dots);
		plot.getRenderer().setDefaultStroke(new BasicStroke(1.5f));
		plot.setBackgroundPaint(new Color(248, 248, 248));
		return plot;
	}

	private static org.jfree.data.time.TimeSeries series(String name, List<TimeSeries.Point> points) {
		org.jfree.data.time.TimeSeries series = new org.jfree.data.time.TimeSeries(name);
		points.forEach(p -> series.addOrUpdate(new FixedMillisecond(p.at()), p.value()));
		return series;
	}

	/** The pixels of an RGB image as SWT image data (24 bits, direct palette). */
	static ImageData imageData(BufferedImage image) {
		ImageData data = new ImageData(image.getWidth(), image.getHeight(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int x = 0; x < row.length; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, row.length, row, 0);
		}
		return data;
	}
}

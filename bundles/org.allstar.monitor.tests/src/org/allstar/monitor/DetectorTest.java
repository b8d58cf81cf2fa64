// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robust detector, the bounded series and the store's file. */
class DetectorTest {
    static final SeriesKey CPU = new SeriesKey("web", 0, "Shop.box", Metric.CPU);
    static final SeriesKey LATENCY = new SeriesKey("web", 0, "Shop.box", Metric.LATENCY);

    @Test
    void noiseAloneIsNotAnomalousButASpikeIs() {
        Random random = new Random(7);
        Detector detector = new Detector();
        TimeSeries series = new TimeSeries(100);
        int flagged = 0;
        for (int t = 0; t < 2000; t++) {
            series.add(t, 5 + random.nextGaussian() * 0.5); // ~5 ms with jitter
            if (detector.check(LATENCY, series).isPresent()) flagged++;
        }
        // a normal's modified z above 3.5 is rarer than 1 in 1,000
        assertTrue(flagged <= 4, flagged + " false alarms in 2,000 points");
        series.add(2000, 40);
        assertFalse(detector.check(LATENCY, series).isPresent(), "one late answer is not yet a change");
        series.add(2001, 40);
        Optional<Anomaly> spike = detector.check(LATENCY, series);
        assertTrue(spike.isPresent());
        assertEquals(2000, spike.get().since(), "the run began with the first late answer");
        assertTrue(spike.get().above() && spike.get().starts() && spike.get().score() > 10, spike.get().describe());
        series.add(2002, 41);
        assertFalse(detector.check(LATENCY, series).orElseThrow().starts(), "the run goes on");
        assertEquals(5, spike.get().median(), 0.5);
    }

    @Test
    void aFlatSeriesIgnoresWobblesBelowTheResolution() {
        Detector detector = new Detector();
        TimeSeries series = new TimeSeries(50);
        for (int t = 0; t < 40; t++) {
            series.add(t, t % 2 == 0 ? 0.001 : 0.0);
            assertFalse(detector.check(CPU, series).isPresent(), "at " + t);
        }
        series.add(40, 0.03); // 30 millicores more: below the 50-millicore resolution × 3.5 / 0.6745
        assertFalse(detector.check(CPU, series).isPresent());
        series.add(41, 0.95); // a busy loop
        assertFalse(detector.check(CPU, series).isPresent(), "to be confirmed");
        series.add(42, 0.97);
        assertTrue(detector.check(CPU, series).isPresent());
    }

    @Test
    void aLastingFaultStaysAnomalousUntilItIsAWholeBaselineLong() {
        Detector detector = new Detector(new Detector.Settings(10, 5, 3.5, 1));
        TimeSeries series = new TimeSeries(100);
        for (int t = 0; t < 20; t++) {
            series.add(t, 10 + (t % 3));
            detector.check(LATENCY, series);
        }
        List<Anomaly> run = new ArrayList<>();
        int t = 20;
        for (; t < 30; t++) {
            series.add(t, 300);
            detector.check(LATENCY, series).ifPresent(run::add);
        }
        assertEquals(10, run.size(), "every point of the fault, not just the first few");
        assertTrue(run.stream().allMatch(a -> a.since() == 20));
        assertTrue(run.get(0).starts() && !run.get(1).starts());
        series.add(t, 300);
        assertFalse(detector.check(LATENCY, series).isPresent(), "a level that lasted a whole baseline (10) is the new normal");
    }

    @Test
    void statesAndCountersAreAnomaliesByRule() {
        Detector detector = new Detector();
        SeriesKey up = new SeriesKey("web", 0, "Shop.box", Metric.UP);
        SeriesKey restarts = new SeriesKey("web", 0, "Shop.box", Metric.RESTARTS);
        TimeSeries ups = new TimeSeries(10);
        TimeSeries counts = new TimeSeries(10);
        ups.add(1, 1);
        counts.add(1, 0);
        assertFalse(detector.check(up, ups).isPresent());
        assertFalse(detector.check(restarts, counts).isPresent());
        ups.add(2, 0);
        counts.add(2, 1);
        assertEquals(Detector.RULE_SCORE, detector.check(up, ups).orElseThrow().score());
        assertTrue(detector.check(restarts, counts).orElseThrow().describe().contains("restarted (1 restarts)"));
        assertFalse(detector.check(up, ups).isPresent(), "a point is checked once");
    }

    @Test
    void aSeriesKeepsOnlyItsWindow() {
        TimeSeries series = new TimeSeries(3);
        for (int t = 1; t <= 5; t++) series.add(t * 10, t);
        assertEquals(3, series.size());
        assertEquals(30, series.get(0).at());
        assertEquals(50, series.last().at());
        assertEquals(2, series.since(40).size());
    }

    @Test
    void theStoreKeepsHistoryAcrossRunsSkipsTornLinesAndCompacts(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("d.series");
        try (MetricStore store = new MetricStore(4, file)) {
            for (int t = 0; t < 3; t++) store.record(CPU, t, t * 0.5);
            store.flush();
        }
        Files.writeString(file, Files.readString(file) + "17\tweb#0@Shop.b", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        try (MetricStore store = new MetricStore(4, file)) {
            assertEquals(3, store.get(CPU).size());
            assertEquals(1.0, store.get(CPU).last().value());
            for (int t = 3; t < 40; t++) store.record(CPU, t, t);
            store.flush();
            assertEquals(4, store.get(CPU).size());
        }
        long lines = Files.readAllLines(file).size();
        assertTrue(lines <= 16 + 1, "compacted to a few windows, not " + lines + " lines");
        try (MetricStore store = new MetricStore(4, file)) {
            assertEquals(39, store.get(CPU).last().at());
        }
        assertEquals(CPU, SeriesKey.parse(CPU.text()));
        assertEquals(SeriesKey.engine("Shop.box"), SeriesKey.parse(SeriesKey.engine("Shop.box").text()));
        SeriesKey whole = SeriesKey.deployment("local", Metric.SERVING);
        assertEquals(whole, SeriesKey.parse(whole.text()));
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds anomalies per series. Levels (CPU, memory, network, probe latency) use the modified z-score of
 * Iglewicz and Hoaglin: 0.6745 × |x − median| / MAD over the last {@code baseline} points, anomalous above
 * {@code threshold} (3.5 by default). Median and MAD are chosen over mean/standard deviation and over EWMA
 * because container metrics are spiky and skewed: an outlier barely moves a median (50 % breakdown point),
 * whereas it inflates a standard deviation and drags an EWMA, hiding the next fault. Points found anomalous
 * are kept out of the baseline, so a lasting fault stays visible; if a shifted level lasts a whole baseline
 * window it becomes the new normal. The MAD never goes below the metric's resolution or 5 % of the median,
 * so flat series do not flag tiny wobbles. States (down, probe failing, engine unreachable) and restarts are
 * anomalies by rule.
 */
public final class Detector {
    /** The score given to rule-based anomalies (a state that is wrong is certain, not a matter of degree). */
    public static final double RULE_SCORE = 10;

    /**
     * How many earlier points form the baseline, how many it needs at least, the score threshold, and how many
     * points in a row must exceed it before a level is anomalous (2 by default: a single late probe answer on a
     * busy host is noise; two in a row are a change, at the cost of one tick of delay).
     */
    public record Settings(int baseline, int minimum, double threshold, int confirm) {
        public static final Settings DEFAULT = new Settings(30, 8, 3.5, 2);
    }

    private static final class State {
        long lastChecked = Long.MIN_VALUE;
        long runStart = -1;
        int runLength;
        /** Points beyond the threshold not yet confirmed as an anomaly. */
        int suspects;
        long suspectSince = -1;
        final List<Long> flagged = new ArrayList<>();
    }

    private final Settings settings;
    private final Map<SeriesKey, State> states = new HashMap<>();

    public Detector(Settings settings) {
        this.settings = settings;
    }

    public Detector() {
        this(Settings.DEFAULT);
    }

    /** Checks the newest point of the series (once: a point already checked gives nothing). */
    public Optional<Anomaly> check(SeriesKey key, TimeSeries series) {
        State state = states.computeIfAbsent(key, k -> new State());
        TimeSeries.Point current = series.last();
        if (current == null || current.at() <= state.lastChecked) return Optional.empty();
        state.lastChecked = current.at();
        Optional<Anomaly> found = switch (key.metric().kind()) {
        case STATE -> state(key, current, state);
        case COUNTER -> counter(key, series, current, state);
        case LEVEL -> level(key, series, current, state);
        };
        if (found.isEmpty()) {
            state.runStart = -1;
            state.runLength = 0;
        }
        return found;
    }

    /** Every anomaly in the whole history of the store, oldest first: how a diagnosis reads a persisted run. */
    public static List<Anomaly> scan(MetricStore store, Settings settings) {
        Detector detector = new Detector(settings);
        List<Anomaly> found = new ArrayList<>();
        for (var e : store.all().entrySet()) {
            TimeSeries replay = new TimeSeries(store.capacity());
            for (TimeSeries.Point p : e.getValue().points()) {
                replay.add(p.at(), p.value());
                detector.check(e.getKey(), replay).ifPresent(found::add);
            }
        }
        found.sort(java.util.Comparator.comparingLong(Anomaly::at));
        return found;
    }

    private Optional<Anomaly> state(SeriesKey key, TimeSeries.Point p, State state) {
        if (p.value() >= 1) return Optional.empty();
        return Optional.of(flag(key, p, 1, RULE_SCORE, false, state));
    }

    private Optional<Anomaly> counter(SeriesKey key, TimeSeries series, TimeSeries.Point p, State state) {
        if (series.size() < 2) return Optional.empty();
        double before = series.get(series.size() - 2).value();
        if (p.value() <= before) return Optional.empty();
        return Optional.of(flag(key, p, before, RULE_SCORE, true, state));
    }

    private Optional<Anomaly> level(SeriesKey key, TimeSeries series, TimeSeries.Point p, State state) {
        if (state.runLength >= settings.baseline()) state.flagged.clear(); // a lasting shift: the new normal
        double[] baseline = baseline(series, state);
        if (baseline.length < settings.minimum()) return Optional.empty();
        double median = median(baseline);
        double[] deviations = new double[baseline.length];
        for (int i = 0; i < baseline.length; i++) deviations[i] = Math.abs(baseline[i] - median);
        double mad = Math.max(median(deviations), Math.max(key.metric().resolution(), 0.05 * Math.abs(median)));
        double score = 0.6745 * Math.abs(p.value() - median) / mad;
        if (score <= settings.threshold()) {
            state.suspects = 0;
            return Optional.empty();
        }
        if (state.runLength == 0 && ++state.suspects < settings.confirm()) {
            if (state.suspects == 1) state.suspectSince = p.at();
            state.flagged.add(p.at()); // a suspect stays out of the baseline too
            return Optional.empty();
        }
        if (state.runStart < 0) state.runStart = state.suspects > 1 ? state.suspectSince : p.at();
        state.suspects = 0;
        return Optional.of(flag(key, p, median, score, p.value() > median, state));
    }

    /** The last {@code baseline} points before the newest one, without those flagged as anomalous. */
    private double[] baseline(TimeSeries series, State state) {
        double[] values = new double[settings.baseline()];
        int n = 0;
        for (int i = series.size() - 2; i >= 0 && n < values.length; i--) {
            TimeSeries.Point q = series.get(i);
            if (!state.flagged.contains(q.at())) values[n++] = q.value();
        }
        return Arrays.copyOf(values, n);
    }

    private static Anomaly flag(SeriesKey key, TimeSeries.Point p, double median, double score, boolean above, State state) {
        if (state.runStart < 0) state.runStart = p.at();
        state.runLength++;
        state.flagged.add(p.at());
        if (state.flagged.size() > 4096) state.flagged.remove(0);
        return new Anomaly(key, p.at(), p.value(), median, score, above, state.runStart, state.runLength == 1);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.time.Instant;

/**
 * A measurement far from its series' baseline. {@code score} is the modified z-score (robust: median and
 * median absolute deviation) for levels, and {@link Detector#RULE_SCORE} for states and counters, which are
 * anomalous by rule (down, probe failing, restarted). {@code since} is when this run of anomalous points began
 * (its first point beyond the threshold); {@code starts} is true for the first anomaly reported of the run, the
 * moment to tell someone.
 */
public record Anomaly(SeriesKey key, long at, double value, double median, double score, boolean above, long since,
        boolean starts) {

    /** "web#0 on CornerShop.box: latency 512.3 ms above its median 1.2 ms (score 41.0) at 2026-…" */
    public String describe() {
        Metric m = key.metric();
        String what = switch (m) {
        case UP -> "not running";
        case PROBE -> "probe failing";
        case HEALTH -> "unhealthy (its image's health check)";
        case ENGINE -> "engine not answering";
        case SERVING -> "not serving (a component has no replica up)";
        case RESTARTS -> "restarted (" + (long) value + " restarts)";
        default -> m.label() + " " + format(value) + " " + m.unit() + (above ? " above" : " below") + " its median "
                + format(median) + " " + m.unit();
        };
        return key.subject() + ": " + what + " (score " + format(score) + ") at " + Instant.ofEpochMilli(at);
    }

    static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}

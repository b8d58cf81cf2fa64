// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.nio.file.Path;

/**
 * One SLA metric evaluated over its latest window. BREACHED means the window is lost whatever comes next (a
 * full window measured out of bounds, or, in a window still running, more bad time or slow answers than the
 * whole window may have); AT_RISK means the part seen so far is out of bounds. {@code evidence} is the file
 * written for a breach (null otherwise).
 */
public record SlaStatus(String sla, String metric, State state, double measured, String unit, long windowStart,
        long windowEnd, int points, String why, Path evidence) {

    public enum State { MET, AT_RISK, BREACHED, NO_DATA, NOT_MEASURABLE }

    public SlaStatus withEvidence(Path file) {
        return new SlaStatus(sla, metric, state, measured, unit, windowStart, windowEnd, points, why, file);
    }

    /** "SLA MogSla: latency p95 < 150 ms per 1 h: BREACHED (measured 512 ms over 40 points; ...)" */
    public String describe() {
        String value = state == State.NO_DATA || state == State.NOT_MEASURABLE ? ""
                : "measured " + Anomaly.format(measured) + (unit.isEmpty() ? "" : " " + unit) + " over " + points + " point(s)";
        String detail = String.join("; ", java.util.stream.Stream.of(value, why).filter(s -> s != null && !s.isEmpty()).toList());
        return "SLA " + sla + ": " + metric + ": " + state + (detail.isEmpty() ? "" : " (" + detail + ")")
                + (evidence == null ? "" : "\n  evidence: " + evidence);
    }
}

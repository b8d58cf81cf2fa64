// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.util.List;

import org.allstar.verify.whatif.ControlAction;
import org.allstar.verify.whatif.WhatIfReport;

/**
 * A likely cause of what the monitor saw, the anomalies that point to it, and a remedy checked by the
 * control-decision validator before anyone applies it ({@code check} is null when no action is proposed, e.g.
 * when re-applying the deployment is the remedy).
 */
public record Diagnosis(String cause, List<Anomaly> evidence, String remedy, List<ControlAction> actions, WhatIfReport check) {

    /** SAFE, UNSAFE or CRITICAL, as the validator judged the remedy; "" without one. */
    public String verdict() {
        if (check == null) return "";
        return check.critical() ? "CRITICAL" : check.harmful() ? "UNSAFE" : "SAFE";
    }

    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("likely cause: " + cause);
        evidence.stream().limit(5).forEach(a -> lines.add("  seen: " + a.describe()));
        if (evidence.size() > 5) lines.add("  seen: ... and " + (evidence.size() - 5) + " more");
        lines.add("  remedy: " + remedy + (check == null ? "" : " (validated: " + verdict() + ")"));
        if (check != null && !"SAFE".equals(verdict())) check.lines().stream().filter(l -> l.startsWith("breaks:") || l.startsWith("new:")
                || l.startsWith("down:")).forEach(l -> lines.add("    " + l));
        return lines;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence of an SLA breach, as a JSON file a witness can report on-chain ({@code allstar witness report
 * AGREEMENT --violated --evidence FILE} commits to the file's hash): the SLA, the metric and its window, the
 * measured value, and every measurement of the window that went into it, with the SHA-256 of those
 * measurements so that anyone can check they were not changed. The hash is over the text of the measurements
 * exactly as the file writes them (lines "key TAB epoch-ms TAB value", keys sorted, values as written, e.g. "1.0"),
 * so a checker hashes the numbers' text, not re-printed numbers. Written atomically, once per window.
 */
public final class Evidence {
    private Evidence() {
    }

    /** Writes the evidence of a breach into {@code folder} (once: an existing file for that window is kept). */
    public static Path write(Path folder, String deployment, SlaStatus status, MetricStore store) throws IOException {
        Files.createDirectories(folder);
        // the metric's own hash too: an SLA may have two metrics of one kind (latency p50 and p99)
        String name = (deployment + "-" + status.sla() + "-" + status.metric().split(" ")[0] + "-" + sha256(status.metric()).substring(0, 8)
                + "-" + status.windowStart()).replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
        Path file = folder.resolve(name);
        if (Files.exists(file)) return file;
        Path temporary = Files.createTempFile(folder, "." + name, ".tmp");
        Files.writeString(temporary, json(deployment, status, store), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    static String json(String deployment, SlaStatus status, MetricStore store) {
        Map<String, List<TimeSeries.Point>> measurements = new TreeMap<>();
        for (var e : store.all().entrySet()) {
            Metric m = e.getKey().metric();
            if (m != relevant(status) && !(m == Metric.LATENCY && relevant(status) == Metric.PROBE)) continue;
            List<TimeSeries.Point> points = e.getValue().since(status.windowStart()).stream()
                    .filter(p -> p.at() <= status.windowEnd()).toList();
            if (!points.isEmpty()) measurements.put(e.getKey().text(), points);
        }
        StringBuilder canonical = new StringBuilder();
        measurements.forEach((key, points) -> points.forEach(p -> canonical.append(key).append('\t').append(p.at()).append('\t')
                .append(p.value()).append('\n')));
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"deployment\": ").append(quote(deployment)).append(",\n");
        json.append("  \"sla\": ").append(quote(status.sla())).append(",\n");
        json.append("  \"metric\": ").append(quote(status.metric())).append(",\n");
        json.append("  \"state\": ").append(quote(status.state().name())).append(",\n");
        json.append("  \"measured\": ").append(Double.isFinite(status.measured()) ? status.measured() : "null")
                .append(", \"unit\": ").append(quote(status.unit())).append(",\n");
        json.append("  \"window\": {\"from\": ").append(quote(Instant.ofEpochMilli(status.windowStart()).toString()))
                .append(", \"to\": ").append(quote(Instant.ofEpochMilli(status.windowEnd()).toString())).append("},\n");
        json.append("  \"why\": ").append(quote(status.why() == null ? "" : status.why())).append(",\n");
        json.append("  \"measurementsSha256\": ").append(quote(sha256(canonical.toString()))).append(",\n");
        json.append("  \"measurements\": {");
        String separator = "\n";
        for (var e : measurements.entrySet()) {
            json.append(separator).append("    ").append(quote(e.getKey())).append(": [");
            json.append(String.join(", ", e.getValue().stream().map(p -> "[" + p.at() + ", " + p.value() + "]").toList()));
            json.append(']');
            separator = ",\n";
        }
        json.append("\n  }\n}\n");
        return json.toString();
    }

    /** The hash of the measurements: lines "key TAB epoch-ms TAB value", keys sorted, points in time order. */
    public static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Metric relevant(SlaStatus status) {
        String kind = status.metric().split(" ")[0];
        return switch (kind) {
        case "availability" -> Metric.SERVING;
        case "latency" -> Metric.PROBE;
        default -> Metric.THROUGHPUT;
        };
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time series of one deployment: each bounded to a window of points in memory and, when given a file,
 * appended to it as lines "epoch-ms TAB key TAB value" so that a later monitor or diagnosis sees the history.
 * The file is rewritten (atomically: a temporary file moved over it) with what memory holds once it has grown
 * to a few windows, so it stays bounded too. A line cut short by a crash is skipped when reading.
 */
public final class MetricStore implements AutoCloseable {
    private static final int COMPACT_FACTOR = 4;

    private final int capacity;
    private final Map<SeriesKey, TimeSeries> series = new LinkedHashMap<>();
    private final Path file;
    private BufferedWriter writer;
    private long linesInFile;

    /** A store in memory only. */
    public MetricStore(int capacity) {
        this.capacity = capacity;
        this.file = null;
    }

    /** A store kept in {@code file}, starting from what it already holds. */
    public MetricStore(int capacity, Path file) throws IOException {
        this(capacity, file, true);
    }

    /** What {@code file} holds, read only (a diagnosis beside a running monitor must not write to its file). */
    public static MetricStore read(int capacity, Path file) throws IOException {
        return new MetricStore(capacity, file, false);
    }

    private MetricStore(int capacity, Path file, boolean append) throws IOException {
        this.capacity = capacity;
        this.file = append ? file : null;
        if (append) Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // a last line without its newline may be cut inside its value ("12.34" → "12"): not a measurement
            int end = text.lastIndexOf('\n') + 1;
            for (String line : text.substring(0, end).split("\n")) {
                linesInFile++;
                String[] parts = line.split("\t");
                if (parts.length != 3) continue;
                try {
                    add(SeriesKey.parse(parts[1]), Long.parseLong(parts[0]), Double.parseDouble(parts[2]));
                } catch (RuntimeException e) {
                    // a torn or foreign line: the history before and after it still counts
                }
            }
        }
        if (!append) return;
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (endsTorn(file)) writer.write("\n"); // so that the next point does not join a line cut short
    }

    private static boolean endsTorn(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) return false;
        try (var channel = Files.newByteChannel(file)) {
            channel.position(size - 1);
            var last = java.nio.ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) != '\n';
        }
    }

    public void record(SeriesKey key, long at, double value) {
        add(key, at, value);
        if (writer == null) return;
        try {
            writer.write(at + "\t" + key.text() + "\t" + value + "\n");
            linesInFile++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void add(SeriesKey key, long at, double value) {
        series.computeIfAbsent(key, k -> new TimeSeries(capacity)).add(at, value);
    }

    /** Writes what was recorded since the last flush; compacts the file once it holds several windows. */
    public void flush() {
        if (writer == null) return;
        try {
            writer.flush();
            if (linesInFile > (long) COMPACT_FACTOR * capacity * Math.max(1, series.size())) compact();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void compact() throws IOException {
        writer.close();
        writer = null; // until the new file is in place: a failure leaves no closed writer behind
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (var e : series.entrySet()) {
                for (TimeSeries.Point p : e.getValue().points()) {
                    out.write(p.at() + "\t" + e.getKey().text() + "\t" + p.value() + "\n");
                    lines++;
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        linesInFile = lines;
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    public TimeSeries get(SeriesKey key) {
        return series.get(key);
    }

    public Map<SeriesKey, TimeSeries> all() {
        return java.util.Collections.unmodifiableMap(series);
    }

    /** The keys of one metric, in the order they first appeared. */
    public List<SeriesKey> keys(Metric metric) {
        return series.keySet().stream().filter(k -> k.metric() == metric).toList();
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}

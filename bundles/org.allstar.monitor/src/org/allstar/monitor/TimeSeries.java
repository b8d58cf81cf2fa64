// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} points of one series, oldest first, in a ring: memory stays bounded however long
 * the monitor runs. Not thread-safe; the monitor records from one thread.
 */
public final class TimeSeries {
    /** One measurement: when (epoch milliseconds) and its value in the metric's unit. */
    public record Point(long at, double value) {
    }

    private final long[] times;
    private final double[] values;
    private int start;
    private int size;

    public TimeSeries(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("a series holds at least one point");
        times = new long[capacity];
        values = new double[capacity];
    }

    public void add(long at, double value) {
        int end = (start + size) % times.length;
        times[end] = at;
        values[end] = value;
        if (size < times.length) size++;
        else start = (start + 1) % times.length;
    }

    public int size() {
        return size;
    }

    public Point get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        int j = (start + i) % times.length;
        return new Point(times[j], values[j]);
    }

    public Point last() {
        return size == 0 ? null : get(size - 1);
    }

    /** The points at or after {@code from} (epoch milliseconds), oldest first. */
    public List<Point> since(long from) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Point p = get(i);
            if (p.at() >= from) points.add(p);
        }
        return points;
    }

    public List<Point> points() {
        return since(Long.MIN_VALUE);
    }
}

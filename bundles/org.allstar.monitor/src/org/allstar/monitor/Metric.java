// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

/**
 * What the monitor measures. Each metric has a unit for people and a resolution: the smallest change that
 * means something, which keeps a perfectly flat baseline (a median absolute deviation of zero) from calling
 * every tiny wobble an anomaly.
 */
public enum Metric {
    /** 1 while the container runs, 0 when it does not. */
    UP("", 1, Kind.STATE),
    /** The image's own health check: 1 healthy or starting, 0 unhealthy (only for images that have one). */
    HEALTH("", 1, Kind.STATE),
    /** How often the engine restarted the container. */
    RESTARTS("", 1, Kind.COUNTER),
    /** CPU in use, in cores (from the CPU time between two samples). */
    CPU("cores", 0.05, Kind.LEVEL),
    /** Memory in use. */
    MEMORY("MB", 2, Kind.LEVEL),
    /** Bytes received per second (where the container has its own network). */
    NET_RX("kB/s", 1, Kind.LEVEL),
    /** Bytes sent per second (where the container has its own network). */
    NET_TX("kB/s", 1, Kind.LEVEL),
    /** 1 when the component's HTTP probe answered 2xx in time, else 0. */
    PROBE("", 1, Kind.STATE),
    /** Time to the probe's answer. */
    LATENCY("ms", 2, Kind.LEVEL),
    /** 1 when the node's engine answers, else 0. */
    ENGINE("", 1, Kind.STATE),
    /** 1 while every component of the deployment has a replica running (and answering its probe), else 0. */
    SERVING("", 1, Kind.STATE),
    /** Bits per second the deployment's containers send, together (where they have their own network). */
    THROUGHPUT("Mbit/s", 0.01, Kind.LEVEL);

    /** How a metric's anomalies are found: levels statistically, states and counters by rule. */
    public enum Kind { LEVEL, STATE, COUNTER }

    private final String unit;
    private final double resolution;
    private final Kind kind;

    Metric(String unit, double resolution, Kind kind) {
        this.unit = unit;
        this.resolution = resolution;
        this.kind = kind;
    }

    public String unit() {
        return unit;
    }

    public double resolution() {
        return resolution;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return name().toLowerCase();
    }
}

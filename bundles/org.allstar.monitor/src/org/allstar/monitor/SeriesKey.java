// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

/**
 * One time series: a metric of one replica of a component on a node, or (component null) of a node's engine.
 */
public record SeriesKey(String component, int replica, String node, Metric metric) {

    public static SeriesKey engine(String node) {
        return new SeriesKey(null, 0, node, Metric.ENGINE);
    }

    /** A series of the whole deployment (serving, throughput). */
    public static SeriesKey deployment(String name, Metric metric) {
        return new SeriesKey(WHOLE, 0, name, metric);
    }

    private static final String WHOLE = "*";

    public boolean isEngine() {
        return component == null;
    }

    public boolean isDeployment() {
        return WHOLE.equals(component);
    }

    /** "web#0@CornerShop.box/cpu", or "CornerShop.box/engine": the key's text in files. */
    public String text() {
        return (isEngine() ? "" : component + "#" + replica + "@") + node + "/" + metric.label();
    }

    /** Reads {@link #text()} back. */
    public static SeriesKey parse(String text) {
        int slash = text.lastIndexOf('/');
        Metric metric = Metric.valueOf(text.substring(slash + 1).toUpperCase());
        String subject = text.substring(0, slash);
        int at = subject.indexOf('@');
        if (at < 0) return new SeriesKey(null, 0, subject, metric);
        String replica = subject.substring(0, at);
        int hash = replica.lastIndexOf('#');
        return new SeriesKey(replica.substring(0, hash), Integer.parseInt(replica.substring(hash + 1)), subject.substring(at + 1), metric);
    }

    /** "web#0 on CornerShop.box" or "the engine of CornerShop.box". */
    public String subject() {
        if (isDeployment()) return "deployment " + node;
        return isEngine() ? "the engine of " + node : component + "#" + replica + " on " + node;
    }
}

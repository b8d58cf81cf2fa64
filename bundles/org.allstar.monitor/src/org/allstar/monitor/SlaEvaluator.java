// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.allstar.model.Comparator;
import org.allstar.model.Deployment;
import org.allstar.model.MetricKind;
import org.allstar.model.Quantity;
import org.allstar.model.Sla;
import org.allstar.model.SlaMetric;
import org.allstar.model.quantity.Dimension;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Evaluates the SLAs on a deployment over each metric's window (the latest {@code per} period; the whole
 * history when the metric names none): availability is the share of ticks the deployment served, latency the
 * percentile of the probes' answer times (a failed probe counts as too slow; no percentile means every answer),
 * throughput the mean rate the deployment's containers send. A breach comes with its evidence.
 */
public final class SlaEvaluator {
    private final long intervalMillis;

    /** {@code intervalMillis}: how often the monitor samples (how many points a whole window should hold). */
    public SlaEvaluator(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** The SLAs in the deployment's models that name it. */
    public static List<Sla> slasOf(Deployment deployment) {
        List<Sla> slas = new ArrayList<>();
        Resource resource = deployment.eResource();
        if (resource == null) return slas;
        var resources = resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
        for (Resource r : resources) {
            for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
                if (it.next() instanceof Sla sla && sla.getDeployment() == deployment) slas.add(sla);
            }
        }
        return slas;
    }

    public List<SlaStatus> evaluate(Deployment deployment, MetricStore store, long now) {
        List<SlaStatus> statuses = new ArrayList<>();
        for (Sla sla : slasOf(deployment)) {
            for (SlaMetric metric : sla.getMetrics()) statuses.add(evaluate(sla, metric, deployment, store, now));
        }
        return statuses;
    }

    SlaStatus evaluate(Sla sla, SlaMetric metric, Deployment deployment, MetricStore store, long now) {
        long first = store.all().values().stream().filter(s -> s.size() > 0).mapToLong(s -> s.get(0).at()).min().orElse(now);
        long window = metric.getWindow() == null ? now - first + 1 : seconds(metric.getWindow()).map(s -> (long) (s * 1000)).orElse(now - first + 1);
        long from = now - window + 1;
        boolean whole = first <= from;
        String text = text(metric);
        return switch (metric.getKind()) {
        case AVAILABILITY -> availability(sla, metric, text, store, deployment, from, now, window, whole);
        case LATENCY -> latency(sla, metric, text, store, from, now, window, whole);
        case THROUGHPUT -> throughput(sla, metric, text, store, deployment, from, now, whole);
        };
    }

    private SlaStatus availability(Sla sla, SlaMetric m, String text, MetricStore store, Deployment d, long from, long now,
            long window, boolean whole) {
        TimeSeries serving = store.get(SeriesKey.deployment(d.getName(), Metric.SERVING));
        List<TimeSeries.Point> points = serving == null ? List.of() : serving.since(from);
        Optional<Double> threshold = Quantities.valueIn(m.getThreshold(), Unit.PERCENT).map(SlaEvaluator::number);
        if (threshold.isEmpty()) return notMeasurable(sla, text, "%", from, now, "the threshold is not a percentage");
        if (points.isEmpty()) return noData(sla, text, "%", from, now);
        long down = points.stream().filter(p -> p.value() < 1).count();
        double measured = 100.0 * (points.size() - down) / points.size();
        boolean ok = holds(measured, m.getComparator(), threshold.get());
        double allowedDownMillis = (100 - threshold.get()) * window / 100;
        boolean lost = down * intervalMillis > allowedDownMillis;
        return status(sla, text, ok, whole || lost, measured, "%", from, now, points.size(),
                lost && !whole ? "down " + down * intervalMillis / 1000 + " s, more than the " + (long) (allowedDownMillis / 1000)
                        + " s the whole window allows" : "");
    }

    private SlaStatus latency(Sla sla, SlaMetric m, String text, MetricStore store, long from, long now, long window,
            boolean whole) {
        Optional<Double> threshold = Quantities.valueIn(m.getThreshold(), Unit.MILLISECOND).map(SlaEvaluator::number);
        if (threshold.isEmpty()) return notMeasurable(sla, text, "ms", from, now, "the threshold is not a time");
        List<Double> answers = new ArrayList<>();
        for (SeriesKey key : store.keys(Metric.PROBE)) {
            TimeSeries latency = store.get(new SeriesKey(key.component(), key.replica(), key.node(), Metric.LATENCY));
            for (TimeSeries.Point p : store.get(key).since(from)) {
                if (p.value() < 1) answers.add(Double.POSITIVE_INFINITY);
                else if (latency != null) latency.since(p.at()).stream().filter(q -> q.at() == p.at()).findFirst()
                        .ifPresent(q -> answers.add(q.value()));
            }
        }
        if (store.keys(Metric.PROBE).isEmpty()) {
            return notMeasurable(sla, text, "ms", from, now, "no component declares a probe; add `probe \"/health\"` to one");
        }
        if (answers.isEmpty()) return noData(sla, text, "ms", from, now);
        double percentile = m.isSetPercentile() ? m.getPercentile() : 100;
        double[] sorted = answers.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double measured = sorted[Math.max(0, (int) Math.ceil(percentile / 100 * sorted.length) - 1)];
        boolean ok = holds(measured, m.getComparator(), threshold.get());
        long slow = Arrays.stream(sorted).filter(v -> !holds(v, m.getComparator(), threshold.get())).count();
        double expected = (double) window / intervalMillis * store.keys(Metric.PROBE).size();
        boolean lost = slow > (100 - percentile) * expected / 100 + 1e-9;
        return status(sla, text, ok, whole || lost, measured, "ms", from, now, sorted.length,
                lost && !whole ? slow + " slow or failed answers, more than the whole window may have" : "");
    }

    private SlaStatus throughput(Sla sla, SlaMetric m, String text, MetricStore store, Deployment d, long from, long now,
            boolean whole) {
        Optional<Unit> unit = Quantities.unitOf(m.getThreshold());
        if (unit.isEmpty() || unit.get().dimension() != Dimension.DATA_RATE) {
            return notMeasurable(sla, text, "Mbit/s", from, now, "only data rates are measured (from the containers' network counters)");
        }
        TimeSeries series = store.get(SeriesKey.deployment(d.getName(), Metric.THROUGHPUT));
        if (series == null) {
            return notMeasurable(sla, text, "Mbit/s", from, now, "the containers have no network of their own (host or none)");
        }
        List<TimeSeries.Point> points = series.since(from);
        if (points.isEmpty()) return noData(sla, text, "Mbit/s", from, now);
        double measured = points.stream().mapToDouble(TimeSeries.Point::value).average().orElse(0);
        double threshold = number(Quantities.valueIn(m.getThreshold(), Unit.MBPS).orElseThrow());
        return status(sla, text, holds(measured, m.getComparator(), threshold), whole, measured, "Mbit/s", from, now,
                points.size(), "");
    }

    private static SlaStatus status(Sla sla, String text, boolean ok, boolean decided, double measured, String unit, long from,
            long now, int points, String why) {
        SlaStatus.State state = ok ? SlaStatus.State.MET : decided ? SlaStatus.State.BREACHED : SlaStatus.State.AT_RISK;
        return new SlaStatus(sla.getName(), text, state, measured, unit, from, now, points, why, null);
    }

    private static SlaStatus noData(Sla sla, String text, String unit, long from, long now) {
        return new SlaStatus(sla.getName(), text, SlaStatus.State.NO_DATA, Double.NaN, unit, from, now, 0, "nothing measured yet", null);
    }

    private static SlaStatus notMeasurable(Sla sla, String text, String unit, long from, long now, String why) {
        return new SlaStatus(sla.getName(), text, SlaStatus.State.NOT_MEASURABLE, Double.NaN, unit, from, now, 0, why, null);
    }

    static boolean holds(double measured, Comparator comparator, double threshold) {
        return switch (comparator) {
        case LT -> measured < threshold;
        case LE -> measured <= threshold;
        case GT -> measured > threshold;
        case GE -> measured >= threshold;
        };
    }

    /** "latency p95 < 150 ms per 1 h", as the model writes it. */
    public static String text(SlaMetric m) {
        return m.getKind().getLiteral() + (m.isSetPercentile() ? " p" + m.getPercentile() : "") + " " + m.getComparator().getLiteral()
                + " " + Quantities.format(m.getThreshold()) + (m.getWindow() == null ? "" : " per " + Quantities.format(m.getWindow()));
    }

    private static Optional<Double> seconds(Quantity q) {
        return Quantities.valueIn(q, Unit.SECOND).map(SlaEvaluator::number);
    }

    private static double number(org.allstar.model.quantity.Rational r) {
        return r.toBigDecimal(MathContext.DECIMAL64).doubleValue();
    }
}

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
 * Evaluates the SLAs on a deployment over each metric's window ({@code per}: periods aligned to the epoch, see
 * {@link Period}; everything measured when the metric names none): availability is the share of ticks the deployment served, latency the
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
        Period period = period(metric, store, now);
        String text = text(metric);
        return switch (metric.getKind()) {
        case AVAILABILITY -> availability(sla, metric, text, store, deployment, period);
        case LATENCY -> latency(sla, metric, text, store, period);
        case THROUGHPUT -> throughput(sla, metric, text, store, deployment, period);
        };
    }

    /**
     * The window a metric is judged over: periods of its length aligned to the epoch (so that every witness's
     * monitor, and a restarted one, cut the same windows); on the first tick after a period ends, that whole
     * period; otherwise the running one. Without {@code per}, everything measured, judged as it stands.
     */
    record Period(long from, long to, long length, boolean complete) {
        boolean covers(int points, long interval, int series) {
            return points >= 0.8 * length / interval * series; // ticks run a little late; a gap is not a whole window
        }
    }

    private Period period(SlaMetric metric, MetricStore store, long now) {
        long length = windowMillis(metric);
        if (length <= 0) {
            long first = store.all().values().stream().filter(s -> s.size() > 0).mapToLong(s -> s.get(0).at()).min().orElse(now);
            return new Period(first, now, now - first + intervalMillis, true);
        }
        long start = Math.floorDiv(now, length) * length;
        if (now - start < intervalMillis) return new Period(start - length, start - 1, length, true);
        return new Period(start, now, length, false);
    }

    /** The metric's window ({@code per}) in milliseconds; 0 without one. */
    public static long windowMillis(SlaMetric metric) {
        return metric.getWindow() == null ? 0 : seconds(metric.getWindow()).map(s -> (long) (s * 1000)).orElse(0L);
    }

    private static List<TimeSeries.Point> within(TimeSeries series, Period p) {
        return series == null ? List.of() : series.since(p.from()).stream().filter(q -> q.at() <= p.to()).toList();
    }

    private SlaStatus availability(Sla sla, SlaMetric m, String text, MetricStore store, Deployment d, Period period) {
        List<TimeSeries.Point> points = within(store.get(SeriesKey.deployment(d.getName(), Metric.SERVING)), period);
        Optional<Double> threshold = Quantities.valueIn(m.getThreshold(), Unit.PERCENT).map(SlaEvaluator::number);
        if (threshold.isEmpty()) return notMeasurable(sla, text, "%", period, "the threshold is not a percentage");
        if (points.isEmpty()) return noData(sla, text, "%", period);
        long down = points.stream().filter(p -> p.value() < 1).count();
        double measured = 100.0 * (points.size() - down) / points.size();
        boolean ok = holds(measured, m.getComparator(), threshold.get());
        double allowedDownMillis = (100 - threshold.get()) * period.length() / 100;
        boolean lost = down * intervalMillis > allowedDownMillis && m.getWindow() != null;
        boolean whole = period.complete() && period.covers(points.size(), intervalMillis, 1);
        return status(sla, text, ok, whole || lost, measured, "%", period, points.size(),
                lost && !whole ? "down " + down * intervalMillis / 1000 + " s, more than the " + (long) (allowedDownMillis / 1000)
                        + " s the whole window allows" : coverage(period, whole, points.size()));
    }

    private SlaStatus latency(Sla sla, SlaMetric m, String text, MetricStore store, Period period) {
        Optional<Double> threshold = Quantities.valueIn(m.getThreshold(), Unit.MILLISECOND).map(SlaEvaluator::number);
        if (threshold.isEmpty()) return notMeasurable(sla, text, "ms", period, "the threshold is not a time");
        List<SeriesKey> probes = store.keys(Metric.PROBE);
        if (probes.isEmpty()) {
            return notMeasurable(sla, text, "ms", period, "no component declares a probe; add `probe \"/health\"` to one");
        }
        List<Double> answers = new ArrayList<>();
        int probedNow = 0;
        for (SeriesKey key : probes) {
            List<TimeSeries.Point> tries = within(store.get(key), period);
            if (!tries.isEmpty()) probedNow++;
            java.util.Map<Long, Double> times = new java.util.HashMap<>();
            within(store.get(new SeriesKey(key.component(), key.replica(), key.node(), Metric.LATENCY)), period)
                    .forEach(q -> times.put(q.at(), q.value()));
            for (TimeSeries.Point p : tries) {
                Double millis = times.get(p.at());
                if (p.value() < 1) answers.add(Double.POSITIVE_INFINITY);
                else if (millis != null) answers.add(millis);
            }
        }
        if (answers.isEmpty()) return noData(sla, text, "ms", period);
        double percentile = m.isSetPercentile() ? m.getPercentile() : 100;
        double[] sorted = answers.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double measured = sorted[Math.max(0, (int) Math.ceil(percentile / 100 * sorted.length) - 1)];
        boolean ok = holds(measured, m.getComparator(), threshold.get());
        long slow = Arrays.stream(sorted).filter(v -> !holds(v, m.getComparator(), threshold.get())).count();
        double expected = (double) period.length() / intervalMillis * probedNow;
        boolean lost = slow > (100 - percentile) * expected / 100 + 1e-9 && m.getWindow() != null;
        boolean whole = period.complete() && period.covers(sorted.length, intervalMillis, probedNow);
        return status(sla, text, ok, whole || lost, measured, "ms", period, sorted.length,
                lost && !whole ? slow + " slow or failed answers, more than the whole window may have"
                        : coverage(period, whole, sorted.length));
    }

    private SlaStatus throughput(Sla sla, SlaMetric m, String text, MetricStore store, Deployment d, Period period) {
        Optional<Unit> unit = Quantities.unitOf(m.getThreshold());
        if (unit.isEmpty() || unit.get().dimension() != Dimension.DATA_RATE) {
            return notMeasurable(sla, text, "Mbit/s", period, "only data rates are measured (from the containers' network counters)");
        }
        TimeSeries series = store.get(SeriesKey.deployment(d.getName(), Metric.THROUGHPUT));
        if (series == null) {
            return notMeasurable(sla, text, "Mbit/s", period, "the containers have no network of their own (host or none)");
        }
        List<TimeSeries.Point> points = within(series, period);
        if (points.isEmpty()) return noData(sla, text, "Mbit/s", period);
        double measured = points.stream().mapToDouble(TimeSeries.Point::value).average().orElse(0);
        double threshold = number(Quantities.valueIn(m.getThreshold(), Unit.MBPS).orElseThrow());
        boolean whole = period.complete() && period.covers(points.size(), intervalMillis, 1);
        return status(sla, text, holds(measured, m.getComparator(), threshold), whole, measured, "Mbit/s", period,
                points.size(), coverage(period, whole, points.size()));
    }

    /** Why a finished window is not judged whole: the monitor did not see enough of it. */
    private String coverage(Period period, boolean whole, int points) {
        if (!period.complete() || whole) return "";
        return "measured " + points + " point(s) of the about " + period.length() / intervalMillis + " the window has";
    }

    private static SlaStatus status(Sla sla, String text, boolean ok, boolean decided, double measured, String unit, Period p,
            int points, String why) {
        SlaStatus.State state = ok ? SlaStatus.State.MET : decided ? SlaStatus.State.BREACHED : SlaStatus.State.AT_RISK;
        return new SlaStatus(sla.getName(), text, state, measured, unit, p.from(), p.to(), points, why, null);
    }

    private static SlaStatus noData(Sla sla, String text, String unit, Period p) {
        return new SlaStatus(sla.getName(), text, SlaStatus.State.NO_DATA, Double.NaN, unit, p.from(), p.to(), 0, "nothing measured yet", null);
    }

    private static SlaStatus notMeasurable(Sla sla, String text, String unit, Period p, String why) {
        return new SlaStatus(sla.getName(), text, SlaStatus.State.NOT_MEASURABLE, Double.NaN, unit, p.from(), p.to(), 0, why, null);
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

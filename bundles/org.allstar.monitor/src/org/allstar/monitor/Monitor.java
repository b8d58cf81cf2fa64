// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.allstar.deploy.Composer;
import org.allstar.deploy.DeployException;
import org.allstar.deploy.EngineSample;
import org.allstar.deploy.EngineSampler;
import org.allstar.model.Deployment;
import org.allstar.model.EndpointKind;

/**
 * Watches a running deployment: every interval it samples the engines and probes, records the points
 * (bounded in memory, appended to the workspace), checks each new point for anomalies and evaluates the
 * SLAs on the deployment, writing evidence the moment a metric's window is breached. One thread calls
 * {@link #tick()}, or {@link #run} for a duration with cancellation.
 */
public final class Monitor implements AutoCloseable {

    /**
     * How often to sample, how many points each series keeps, where the series and evidence live (null: in
     * memory only), the detector's settings, and where progress lines go.
     */
    public record Options(Duration interval, int window, Path folder, Detector.Settings detector, Duration probeTimeout,
            Consumer<String> progress) {
        public static Options defaults(Path folder, Consumer<String> progress) {
            return new Options(Duration.ofSeconds(2), 1800, folder, Detector.Settings.DEFAULT, Duration.ofSeconds(1), progress);
        }

        public Options withInterval(Duration value) {
            return new Options(value, window, folder, detector, probeTimeout, progress);
        }
    }

    /** What one tick saw. */
    public record Tick(long at, int running, int wanted, int enginesUp, int engines, List<Anomaly> anomalies, List<SlaStatus> slas) {
        /** "3/3 containers running, 2/2 engines, 1 anomaly" */
        public String summary() {
            long fresh = anomalies.stream().filter(Anomaly::starts).count();
            return running + "/" + wanted + " containers running, " + enginesUp + "/" + engines + " engines"
                    + (anomalies.isEmpty() ? ", no anomalies" : ", " + anomalies.size() + " anomalous series (" + fresh + " new)");
        }
    }

    private final Deployment deployment;
    private final Options options;
    private final EngineSampler sampler;
    private final Collector collector;
    private final Detector detector;
    private final SlaEvaluator slas;
    private final MetricStore store;
    private final Map<String, Path> breaches = new HashMap<>();

    /** The longest series kept, whatever the SLA windows: 100,000 points (1.6 MB per series). */
    private static final int MAX_POINTS = 100_000;

    /**
     * @throws DeployException when part of the deployment runs on a Kubernetes cluster: the monitor reads Docker
     *             engines only, and a deployment measured in part would report availability it cannot see
     */
    public Monitor(Deployment deployment, Options options) throws IOException {
        this(deployment, options, null);
    }

    /**
     * A monitor reaching TLS docker engines with the client certificates in {@code certificates} (the studio's
     * preference); null reads them from the environment as the command line does.
     *
     * @throws DeployException as {@link #Monitor(Deployment, Options)}
     */
    public Monitor(Deployment deployment, Options options, Path certificates) throws IOException {
        var onClusters = Composer.compose(deployment, EndpointKind.KUBERNETES);
        if (!onClusters.isEmpty()) {
            throw new DeployException(deployment.getName() + " runs in part on Kubernetes ("
                    + String.join(", ", onClusters.keySet()) + "); the monitor reads Docker engines only so far");
        }
        this.deployment = deployment;
        this.options = options;
        this.sampler = new EngineSampler(certificates);
        this.detector = new Detector(options.detector());
        this.slas = new SlaEvaluator(options.interval().toMillis());
        int window = capacity(deployment, options);
        this.store = options.folder() == null ? new MetricStore(window)
                : new MetricStore(window, seriesFile(options.folder(), deployment.getName()));
        this.collector = new Collector(new Prober(options.probeTimeout()));
    }

    /** Enough points for the longest SLA window on the deployment (at least the options' window), within a cap. */
    static int capacity(Deployment deployment, Options options) {
        long longest = SlaEvaluator.slasOf(deployment).stream().flatMap(s -> s.getMetrics().stream())
                .mapToLong(SlaEvaluator::windowMillis).max().orElse(0);
        long points = longest / Math.max(1, options.interval().toMillis()) + 2;
        return (int) Math.min(MAX_POINTS, Math.max(options.window(), points));
    }

    /** Where a deployment's series are kept in a monitor folder. */
    public static Path seriesFile(Path folder, String deployment) {
        return folder.resolve(deployment + ".series");
    }

    public Tick tick() throws IOException {
        long at = System.currentTimeMillis();
        List<EngineSample> samples = sampler.sample(deployment);
        int[] counts = collector.record(deployment, samples, at, store);
        store.flush();
        List<Anomaly> anomalies = new ArrayList<>();
        for (var e : store.all().entrySet()) {
            TimeSeries.Point last = e.getValue().last();
            if (last != null && last.at() == at) detector.check(e.getKey(), e.getValue()).ifPresent(anomalies::add);
        }
        List<SlaStatus> statuses = new ArrayList<>();
        for (SlaStatus s : slas.evaluate(deployment, store, at)) statuses.add(withEvidence(s));
        int up = (int) samples.stream().filter(EngineSample::reachable).count();
        Tick tick = new Tick(at, counts[0], counts[1], up, samples.size(), anomalies, statuses);
        report(tick);
        return tick;
    }

    /** Ticks every interval until {@code duration} has passed or {@code cancelled} says so; returns the ticks. */
    public List<Tick> run(Duration duration, BooleanSupplier cancelled) throws IOException, InterruptedException {
        List<Tick> ticks = new ArrayList<>();
        long end = System.currentTimeMillis() + duration.toMillis();
        while (!cancelled.getAsBoolean()) {
            long started = System.currentTimeMillis();
            ticks.add(tick());
            long next = started + options.interval().toMillis();
            if (next > end) break;
            Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
        }
        return ticks;
    }

    private SlaStatus withEvidence(SlaStatus s) throws IOException {
        String key = s.sla() + "|" + s.metric() + "|" + s.windowStart(); // once per window (periods are aligned)
        if (s.state() != SlaStatus.State.BREACHED) return s;
        Path file = breaches.get(key);
        if (file == null && options.folder() != null) {
            file = Evidence.write(options.folder().resolve("evidence"), deployment.getName(), s, store);
            breaches.put(key, file);
            options.progress().accept("breach: " + s.describe().replace("\n  ", "; "));
        }
        return s.withEvidence(file);
    }

    private void report(Tick tick) {
        for (Anomaly a : tick.anomalies()) if (a.starts()) options.progress().accept("anomaly: " + a.describe());
    }

    public MetricStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        sampler.close();
        store.close();
    }
}

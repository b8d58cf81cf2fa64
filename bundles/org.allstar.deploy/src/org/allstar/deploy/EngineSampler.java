// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.allstar.model.Deployment;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;

/**
 * Reads, from every docker engine of a deployment's models, the state and resource use of the deployment's
 * containers (found by their labels): running, restarts, health, CPU time, memory, network counters. Engines
 * and containers are asked in parallel on virtual threads; statistics come from one stream per running
 * container, kept open between samples. An engine that does not answer is a sample with {@code reachable} false.
 */
public final class EngineSampler implements AutoCloseable {
    private static final long STATS_TIMEOUT_SECONDS = 5;

    /** Streams hold a connection each; room for many containers per engine besides list and inspect calls. */
    private static final int CONNECTIONS = 512;
    /** Statistics older than this (engine clock vs the sample) are stale: the stream stopped delivering. */
    private static final long STALE_MILLIS = 5_000;

    private final DockerEngines engines;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Watch> watches = new java.util.concurrent.ConcurrentHashMap<>();

    /** Engines reached with TLS certificates from the environment (the command line's way, see {@link DockerEngines}). */
    public EngineSampler() {
        this(null);
    }

    /** Engines reached with the TLS client certificates in {@code certificates} (the studio's preference; null: the environment's). */
    public EngineSampler(java.nio.file.Path certificates) {
        this.engines = new DockerEngines(CONNECTIONS, certificates);
    }

    /** One sample per docker engine the deployment runs on. */
    public List<EngineSample> sample(Deployment deployment) {
        Map<String, Boolean> all = Deployer.endpoints(deployment);
        Map<String, Boolean> tls = new java.util.LinkedHashMap<>();
        for (String engine : Composer.compose(deployment).keySet()) tls.put(engine, all.getOrDefault(engine, false));
        Map<String, Future<EngineSample>> futures = new java.util.LinkedHashMap<>();
        for (var e : tls.entrySet()) futures.put(e.getKey(), threads.submit(() -> sample(e.getKey(), e.getValue(), deployment.getName())));
        List<EngineSample> samples = new ArrayList<>();
        for (var f : futures.entrySet()) {
            try {
                samples.add(join(f.getValue()));
            } catch (DeployException e) {
                // a hung engine is as good as unreachable for a monitor
                samples.add(new EngineSample(f.getKey(), System.currentTimeMillis(), false, e.getMessage(), List.of()));
            }
        }
        return samples;
    }

    private EngineSample sample(String engine, boolean tls, String deployment) {
        long at = System.currentTimeMillis();
        List<Container> containers;
        DockerClient docker;
        try {
            docker = engines.client(engine, tls);
            containers = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(ContainerSpec.LABEL_DEPLOYMENT, deployment)).exec();
        } catch (RuntimeException e) {
            return new EngineSample(engine, at, false, e.getMessage() == null ? e.toString() : e.getMessage(), List.of());
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Container c : containers) listed.add(engine + "|" + c.getId());
        for (String key : List.copyOf(watches.keySet())) {
            if (key.startsWith(engine + "|") && !listed.contains(key)) stopWatching(engine, key.substring(engine.length() + 1));
        }
        List<Future<ContainerSample>> futures = new ArrayList<>();
        for (Container c : containers) futures.add(threads.submit(() -> container(docker, engine, c)));
        List<ContainerSample> samples = new ArrayList<>();
        for (Future<ContainerSample> f : futures) {
            try {
                ContainerSample s = join(f);
                if (s != null) samples.add(s);
            } catch (DeployException e) {
                // one container that does not answer in time is not a lost engine: it is missing from this sample
            }
        }
        samples.sort(java.util.Comparator.comparing(ContainerSample::component).thenComparingInt(ContainerSample::replica));
        return new EngineSample(engine, at, true, null, samples);
    }

    /** The container's state and, while it runs, its latest statistics; null if it went away meanwhile. */
    private ContainerSample container(DockerClient docker, String engine, Container c) {
        Map<String, String> labels = c.getLabels();
        InspectContainerResponse info;
        try {
            info = docker.inspectContainerCmd(c.getId()).exec();
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            return null;
        }
        var state = info.getState();
        boolean running = Boolean.TRUE.equals(state.getRunning());
        String health = state.getHealth() == null || state.getHealth().getStatus() == null ? "none" : state.getHealth().getStatus();
        int restarts = info.getRestartCount() == null ? 0 : info.getRestartCount();
        Statistics stats = running ? latest(docker, engine, c.getId()) : null;
        if (!running) stopWatching(engine, c.getId());
        long cpu = 0, memory = 0, limit = 0, rx = 0, tx = 0;
        long at = System.currentTimeMillis();
        boolean network = false;
        long read = stats == null ? 0 : readTime(stats, 0);
        if (read > 0 && Math.abs(at - read) > STALE_MILLIS) {
            stopWatching(engine, c.getId()); // the next sample opens a new stream
            stats = null;
        }
        if (stats != null) {
            at = read;
            if (stats.getCpuStats() != null && stats.getCpuStats().getCpuUsage() != null) {
                cpu = orZero(stats.getCpuStats().getCpuUsage().getTotalUsage());
            }
            if (stats.getMemoryStats() != null) {
                // as docker stats shows it: without the page cache the kernel can drop (cgroup v1 and v2 names)
                var detail = stats.getMemoryStats().getStats();
                long cache = detail == null ? 0 : Math.max(orZero(detail.getTotalInactiveFile()), orZero(detail.getInactiveFile()));
                memory = Math.max(0, orZero(stats.getMemoryStats().getUsage()) - cache);
                limit = orZero(stats.getMemoryStats().getLimit());
            }
            Map<String, StatisticNetworksConfig> networks = stats.getNetworks();
            if (networks != null && !networks.isEmpty()) {
                network = true;
                for (StatisticNetworksConfig n : networks.values()) {
                    rx += orZero(n.getRxBytes());
                    tx += orZero(n.getTxBytes());
                }
            }
        }
        return new ContainerSample(engine, c.getNames()[0].replaceFirst("^/", ""), labels.get(ContainerSpec.LABEL_COMPONENT),
                Integer.parseInt(labels.getOrDefault(ContainerSpec.LABEL_REPLICA, "0")), labels.get(ContainerSpec.LABEL_NODE),
                at, running, restarts, health, stats != null, cpu, memory, limit, network, rx, tx);
    }

    /**
     * The newest statistics the engine streamed for the container. A request for a single sample makes the
     * engine wait for its next collection (about 2 s here), so each running container gets one stream, kept
     * open while it runs, and a sample reads the latest; the first one waits for the stream's first message.
     */
    private Statistics latest(DockerClient docker, String engine, String id) {
        Watch watch = watches.compute(engine + "|" + id, (k, w) -> {
            if (w != null && !w.ended) return w;
            Watch fresh = new Watch(); // first, or its stream ended (engine restart, connection reset)
            docker.statsCmd(id).exec(fresh);
            return fresh;
        });
        return watch.await(STATS_TIMEOUT_SECONDS);
    }

    private void stopWatching(String engine, String id) {
        Watch w = watches.remove(engine + "|" + id);
        if (w != null) w.closeQuietly();
    }

    /** When the engine read the statistics (its clock), for rates between two samples. */
    private static long readTime(Statistics stats, long fallback) {
        try {
            return stats.getRead() == null ? fallback : java.time.Instant.parse(stats.getRead()).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    /** One container's statistics stream: keeps the newest message. */
    private static final class Watch extends com.github.dockerjava.api.async.ResultCallback.Adapter<Statistics> {
        private final java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        private volatile Statistics latest;
        private volatile boolean ended;

        @Override
        public void onNext(Statistics stats) {
            latest = stats;
            first.countDown();
        }

        @Override
        public void onError(Throwable error) {
            ended = true; // the container stopped (its state says so) or the connection broke
            first.countDown();
        }

        @Override
        public void onComplete() {
            ended = true;
            first.countDown();
        }

        Statistics await(long seconds) {
            try {
                first.await(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return latest;
        }

        void closeQuietly() {
            try {
                close();
            } catch (java.io.IOException e) {
                // a stream that is gone already
            }
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get(STATS_TIMEOUT_SECONDS * 4, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("sampling interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new DeployException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DeployException("an engine took more than " + STATS_TIMEOUT_SECONDS * 4 + " s to answer", e);
        }
    }

    @Override
    public void close() {
        watches.values().forEach(Watch::closeQuietly);
        watches.clear();
        threads.shutdownNow();
        engines.close();
    }
}

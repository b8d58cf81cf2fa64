// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.allstar.deploy.Composer;
import org.allstar.deploy.ContainerSample;
import org.allstar.deploy.ContainerSpec;
import org.allstar.deploy.EngineSample;
import org.allstar.model.Component;
import org.allstar.model.Deployment;

/**
 * Turns the engines' answers and the probes into points of the deployment's series, all stamped with the
 * tick's time: per container up, restarts, health (where the image has a check), CPU (cores, from the CPU time between this sample and the last),
 * memory, network rates; per probed component its latency and success; per node whether its engine answers;
 * for the deployment whether it serves and how much it sends. A replica the deployment asks for that no
 * engine has counts as not up.
 */
public final class Collector {
    private record Counters(long at, long cpuNanos, long rx, long tx) {
    }

    private final Prober prober;
    private final Map<String, Counters> previous = new HashMap<>();

    public Collector(Prober prober) {
        this.prober = prober;
    }

    /** Records one tick; returns how many containers run of how many the deployment asks for. */
    public int[] record(Deployment deployment, List<EngineSample> samples, long tick, MetricStore store) {
        Map<String, EngineSample> byEngine = new LinkedHashMap<>();
        for (EngineSample s : samples) byEngine.put(s.engine(), s);
        Map<String, ContainerSpec> wanted = new LinkedHashMap<>();
        Composer.compose(deployment).values().forEach(list -> list.forEach(s -> wanted.put(s.name(), s)));
        Map<String, Component> components = new HashMap<>();
        deployment.getPlacements().forEach(p -> {
            if (p.getComponent() != null) components.put(p.getComponent().getName(), p.getComponent());
        });
        Set<String> nodesSeen = new TreeSet<>();
        for (ContainerSpec spec : wanted.values()) {
            if (nodesSeen.add(spec.node())) {
                EngineSample engine = byEngine.get(spec.engine());
                store.record(SeriesKey.engine(spec.node()), tick, engine != null && engine.reachable() ? 1 : 0);
            }
        }
        Map<String, Boolean> componentServes = new LinkedHashMap<>();
        for (ContainerSpec spec : wanted.values()) componentServes.putIfAbsent(spec.component(), false);
        int running = 0;
        double throughput = 0;
        boolean network = false;
        Map<String, ContainerSample> found = new HashMap<>();
        // by engine and name: a stale namesake on another engine (left there while it was down) is not this one
        for (EngineSample e : samples) for (ContainerSample c : e.containers()) found.put(e.engine() + "|" + c.name(), c);
        for (ContainerSpec spec : wanted.values()) {
            ContainerSample c = found.get(spec.engine() + "|" + spec.name());
            EngineSample engine = byEngine.get(spec.engine());
            if (engine == null || !engine.reachable()) continue; // the engine's own series says it
            SeriesKey up = key(spec, Metric.UP);
            boolean isUp = c != null && c.running();
            store.record(up, tick, isUp ? 1 : 0);
            if (c == null) continue;
            store.record(key(spec, Metric.RESTARTS), tick, c.restarts());
            if (isUp && !"none".equals(c.health())) store.record(key(spec, Metric.HEALTH), tick, "unhealthy".equals(c.health()) ? 0 : 1);
            boolean serves = isUp;
            if (isUp) running++;
            if (isUp && c.stats()) {
                store.record(key(spec, Metric.MEMORY), tick, c.memoryBytes() / 1e6);
                Counters before = previous.put(spec.engine() + "|" + c.name(), new Counters(c.atMillis(), c.cpuNanos(), c.rxBytes(), c.txBytes()));
                if (before != null && c.atMillis() > before.at() && c.cpuNanos() >= before.cpuNanos()) {
                    double seconds = (c.atMillis() - before.at()) / 1000.0;
                    store.record(key(spec, Metric.CPU), tick, (c.cpuNanos() - before.cpuNanos()) / 1e9 / seconds);
                    if (c.network()) {
                        network = true;
                        double tx = Math.max(0, c.txBytes() - before.tx()) / seconds;
                        store.record(key(spec, Metric.NET_RX), tick, Math.max(0, c.rxBytes() - before.rx()) / seconds / 1e3);
                        store.record(key(spec, Metric.NET_TX), tick, tx / 1e3);
                        throughput += tx * 8;
                    }
                }
            } else if (!isUp) {
                previous.remove(spec.engine() + "|" + c.name());
            }
            if (isUp) {
                Component component = components.get(spec.component());
                if (component != null && component.getProbe() != null && !component.getPorts().isEmpty()) {
                    Prober.Result r = prober.probe(spec.engine(), component.getPorts().get(0), component.getProbe());
                    store.record(key(spec, Metric.PROBE), tick, r.ok() ? 1 : 0);
                    if (r.ok()) store.record(key(spec, Metric.LATENCY), tick, r.millis());
                    serves = r.ok();
                }
            }
            if (serves) componentServes.put(spec.component(), true);
        }
        boolean serving = !componentServes.isEmpty() && !componentServes.containsValue(false);
        store.record(SeriesKey.deployment(deployment.getName(), Metric.SERVING), tick, serving ? 1 : 0);
        if (network) store.record(SeriesKey.deployment(deployment.getName(), Metric.THROUGHPUT), tick, throughput / 1e6);
        return new int[] {running, wanted.size()};
    }

    private static SeriesKey key(ContainerSpec spec, Metric metric) {
        return new SeriesKey(spec.component(), spec.replica(), spec.node(), metric);
    }
}

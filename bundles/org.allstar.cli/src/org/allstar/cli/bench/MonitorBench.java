// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allstar.deploy.Deployer;
import org.allstar.deploy.LocalEngines;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.allstar.monitor.Anomaly;
import org.allstar.monitor.Detector;
import org.allstar.monitor.Monitor;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar bench --monitor [--faults F] [--interval 500ms]} (root, docker.io, busybox-static): a deployment
 * of four HTTP components (with probes) and two workers on two private dockerd engines, watched by the monitor
 * while faults are injected one at a time, in turn: answers made slow (300 ms), a busy CPU (5 s, capped at the
 * worker's half core), a crash. Each fault lasts 6 s, then the deployment gets 8 s to recover. Afterwards the recorded series are replayed through
 * the detector as shipped (two points in a row) and, as the baseline in the same run, the same detector
 * raising on a single point: precision (anomaly runs on the faulted component during its fault, of all runs),
 * recall (faults detected) and detection delay (from injection to the first tick that flags it).
 */
final class MonitorBench {
    private enum Fault { SLOW, CPU, CRASH }

    private record Injected(Fault fault, String component, String engine, long from, long to) {
    }

    private static final String HEALTH = """
            #!/bin/sh
            [ -f /www/slow ] && sleep 0.3
            printf 'Content-Type: text/plain\\r\\n\\r\\nok\\n'
            """;

    private final ModelLoader loader;
    private final PrintStream out;
    private final PrintStream err;

    MonitorBench(ModelLoader loader, PrintStream out, PrintStream err) {
        this.loader = loader;
        this.out = out;
        this.err = err;
    }

    int run(int faults, Duration interval) throws Exception {
        Path dir = Files.createTempDirectory("allstar-monitor-bench");
        try (LocalEngines engines = new LocalEngines(); Deployer deployer = new Deployer()) {
            List<String> urls = List.of(engines.start("e0"), engines.start("e1"));
            for (String url : urls) {
                engines.image(url, "[\"/bin/sh\", \"-c\", \"exec httpd -f -p 127.0.0.1:$ALLSTAR_PORTS -h /www\"]",
                        Map.of("/www/cgi-bin/health", HEALTH), "bench/web:1");
                engines.image(url, "[\"/bin/sh\", \"-c\", \"while true; do sleep 1; done\"]", "bench/worker:1");
            }
            Path file = Files.writeString(dir.resolve("bench.allstar"), model(urls));
            Deployment deployment = loader.load(List.of(file), CancelIndicator.NullImpl).models().get(0).getElements().stream()
                    .filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst().orElseThrow();
            Deployer.Report report = deployer.apply(deployment, Deployer.Options.DEFAULT);
            if (!report.ok()) throw new IllegalStateException(report.failures().toString());
            err.println("allstar bench: 6 components on 2 dockerd engines; warming the baselines up for 15 s");
            List<Injected> injected = new ArrayList<>();
            try (Monitor monitor = new Monitor(deployment, Monitor.Options.defaults(null, line -> { }).withInterval(interval))) {
                ticks(monitor, interval, 30);
                for (int i = 0; i < faults; i++) {
                    Fault fault = Fault.values()[i % 3];
                    int target = (i / 3) % 2;
                    String component = switch (fault) {
                    case SLOW -> "web" + (i / 3 % 4);
                    case CPU -> "worker" + target;
                    case CRASH -> (i / 3) % 2 == 0 ? "web" + ((i / 3 + 1) % 4) : "worker" + target;
                    };
                    String engine = urls.get(component.startsWith("web") ? Integer.parseInt(component.substring(3)) % 2
                            : Integer.parseInt(component.substring(6)) % 2);
                    String container = "allstar-bench-" + component + "-0";
                    long from = System.currentTimeMillis();
                    switch (fault) {
                    case SLOW -> engines.exec(engine, container, "touch", "/www/slow");
                    case CPU -> engines.exec(engine, container, "sh", "-c", "(timeout 5 sh -c 'while :; do :; done') >/dev/null 2>&1 &");
                    case CRASH -> engines.kill(engine, container);
                    }
                    ticks(monitor, interval, (int) (6000 / interval.toMillis()));
                    switch (fault) {
                    case SLOW -> engines.exec(engine, container, "rm", "/www/slow");
                    case CRASH -> deployer.apply(deployment, Deployer.Options.DEFAULT); // converging heals it
                    case CPU -> { } // its timeout ended it
                    }
                    long to = System.currentTimeMillis();
                    injected.add(new Injected(fault, component, engine, from, to));
                    err.println("allstar bench: fault " + (i + 1) + "/" + faults + ": " + fault.name().toLowerCase() + " " + component);
                    ticks(monitor, interval, (int) (8000 / interval.toMillis()));
                }
                Detector.Settings shipped = Detector.Settings.DEFAULT;
                Detector.Settings single = new Detector.Settings(shipped.baseline(), shipped.minimum(), shipped.threshold(), 1);
                Score ours = score(Detector.scan(monitor.store(), shipped), injected);
                Score baseline = score(Detector.scan(monitor.store(), single), injected);
                out.printf("anomaly detection on %d injected faults (slow answers, busy CPU, crash; every %d ms): precision %.2f,"
                        + " recall %.2f, delay median %d ms, max %d ms (%d runs on faulted components, %d elsewhere: %d during a"
                        + " fault elsewhere, %d outside faults)%n", faults, interval.toMillis(), ours.precision(), ours.recall(),
                        ours.medianDelay(), ours.maxDelay(), ours.truePositives, ours.falsePositives(), ours.duringFaults,
                        ours.outsideFaults);
                out.printf("baseline, the same detector raising on one point: precision %.2f, recall %.2f, delay median %d ms;"
                        + " ratio of false alarms %.2f, of precision %.2f%n", baseline.precision(), baseline.recall(),
                        baseline.medianDelay(), ours.falsePositives() / (double) Math.max(1, baseline.falsePositives()),
                        ours.precision() / Math.max(1e-9, baseline.precision()));
                out.printf("  not counted above: %d runs of the whole deployment not serving (symptoms of a crash);"
                        + " alarms on neighbours during a fault: %s%n", ours.deploymentLevel, ours.collateral);
                for (Fault f : Fault.values()) {
                    out.printf("  %s: detected %d of %d, delays %s ms%n", f.name().toLowerCase(), ours.detected(f, injected),
                            injected.stream().filter(x -> x.fault() == f).count(), ours.delays(f, injected));
                }
            }
            deployer.undeploy(deployment, Deployer.Options.DEFAULT);
            return 0;
        } finally {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
        }
    }

    private static void ticks(Monitor monitor, Duration interval, int count) throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            long start = System.currentTimeMillis();
            monitor.tick();
            Thread.sleep(Math.max(0, interval.toMillis() - (System.currentTimeMillis() - start)));
        }
    }

    /** Runs of anomalies (their first reported point) classified against the faults. */
    private static final class Score {
        int truePositives;
        int deploymentLevel;
        final Map<String, Integer> collateral = new java.util.TreeMap<>();
        int duringFaults;
        int outsideFaults;
        final Map<Injected, Long> delay = new java.util.HashMap<>();

        int falsePositives() {
            return duringFaults + outsideFaults;
        }

        double precision() {
            return truePositives + falsePositives() == 0 ? 1 : truePositives / (double) (truePositives + falsePositives());
        }

        double recall() {
            return delay.size() / (double) Math.max(1, faultsSeen);
        }

        int faultsSeen;

        long medianDelay() {
            long[] d = delay.values().stream().mapToLong(Long::longValue).sorted().toArray();
            return d.length == 0 ? -1 : d[d.length / 2];
        }

        long maxDelay() {
            return delay.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        long detected(Fault f, List<Injected> injected) {
            return injected.stream().filter(x -> x.fault() == f && delay.containsKey(x)).count();
        }

        List<Long> delays(Fault f, List<Injected> injected) {
            return injected.stream().filter(x -> x.fault() == f && delay.containsKey(x)).map(delay::get).toList();
        }
    }

    private static Score score(List<Anomaly> anomalies, List<Injected> injected) {
        Score s = new Score();
        s.faultsSeen = injected.size();
        for (Anomaly a : anomalies) {
            if (!a.starts()) continue;
            if (a.key().isDeployment()) {
                s.deploymentLevel++; // "not serving": a symptom of a component's run, counted there
                continue;
            }
            Injected hit = null;
            boolean during = false;
            for (Injected f : injected) {
                boolean inWindow = a.at() >= f.from() && a.at() <= f.to() + 1000;
                during |= inWindow;
                if (inWindow && f.component().equals(a.key().component())) hit = f;
            }
            if (hit != null) {
                s.truePositives++;
                s.delay.merge(hit, a.at() - hit.from(), Math::min);
            } else if (during) {
                s.duringFaults++;
                s.collateral.merge(a.key().component() + " " + a.key().metric().label(), 1, Integer::sum);
            } else {
                s.outsideFaults++;
            }
        }
        return s;
    }

    private static String model(List<String> urls) throws IOException {
        StringBuilder b = new StringBuilder("package monitorbench\n");
        for (int e = 0; e < urls.size(); e++) {
            b.append("provider P").append(e).append(" {\n  kind cloud\n  region \"r\"\n  endpoint docker \"").append(urls.get(e))
                    .append("\"\n  node n {\n    cpu 64 cores\n    memory 64 GB\n    arch amd64\n  }\n}\n");
        }
        b.append("application Bench {\n");
        for (int c = 0; c < 4; c++) {
            b.append("  component web").append(c).append(" {\n    image \"bench/web:1\"\n    cpu 0.5 cores\n    memory 32 MB\n    ports ")
                    .append(freePort()).append("\n    probe \"/cgi-bin/health\"\n  }\n");
        }
        for (int c = 0; c < 2; c++) {
            // half a core: the engine caps the busy loop, as a limit would in production
            b.append("  component worker").append(c).append(" {\n    image \"bench/worker:1\"\n    cpu 0.5 cores\n    memory 32 MB\n  }\n");
        }
        b.append("}\ndeployment bench of Bench {\n");
        for (int c = 0; c < 4; c++) b.append("  web").append(c).append(" on P").append(c % 2).append(".n\n");
        for (int c = 0; c < 2; c++) b.append("  worker").append(c).append(" on P").append(c % 2).append(".n\n");
        return b.append("}\n").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

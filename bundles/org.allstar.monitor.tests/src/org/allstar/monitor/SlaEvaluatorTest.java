// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLA windows over recorded points: met, at risk, breached (decided early or over a whole window), evidence. */
class SlaEvaluatorTest {
    static final String MODEL = """
            package slatest
            participant Shop {
              roles developer, operator
              wallet 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4
            }
            provider Edge {
              kind edge
              region "pt-north"
              endpoint docker "unix:///nowhere/docker.sock"
              node box {
                cpu 2 cores
                memory 2 GB
                arch amd64
              }
            }
            application App {
              component api {
                image "app/api:1"
                cpu 0.5 cores
                memory 64 MB
                ports 8080
                probe "/health"
              }
            }
            deployment live of App {
              api on Edge.box
            }
            sla Gold for live between Shop and Edge {
              availability >= 90 % per 20 s
              latency p90 < 100 ms per 10 s
              throughput >= 1 Mbps per 10 s
              throughput >= 50 rps
            }
            """;

    static final SeriesKey PROBE = new SeriesKey("api", 0, "Edge.box", Metric.PROBE);
    static final SeriesKey LATENCY = new SeriesKey("api", 0, "Edge.box", Metric.LATENCY);
    static final SeriesKey SERVING = SeriesKey.deployment("live", Metric.SERVING);

    static Deployment deployment(Path folder) throws Exception {
        Path file = folder.resolve("app.allstar");
        Files.writeString(file, MODEL);
        var loader = AllstarMlStandaloneSetup.doSetup().getInstance(ModelLoader.class);
        var loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
        assertTrue(!loaded.hasErrors(), loaded.diagnostics().toString());
        return loaded.models().get(0).getElements().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .findFirst().orElseThrow();
    }

    /** Ticks of 500 ms from t = 0: the deployment serves unless {@code down}; latency {@code ms} per tick. */
    static void record(MetricStore store, int from, int to, boolean down, double ms) {
        for (int i = from; i < to; i++) {
            long at = i * 500L;
            store.record(SERVING, at, down ? 0 : 1);
            store.record(PROBE, at, down ? 0 : 1);
            if (!down) store.record(LATENCY, at, ms);
        }
    }

    static SlaStatus find(List<SlaStatus> statuses, String prefix) {
        return statuses.stream().filter(s -> s.metric().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void windowsAreMetAtRiskOrBreached(@TempDir Path folder) throws Exception {
        Deployment live = deployment(folder);
        SlaEvaluator evaluator = new SlaEvaluator(500);
        MetricStore store = new MetricStore(1000);
        record(store, 0, 10, false, 20);
        List<SlaStatus> now = evaluator.evaluate(live, store, 4_500);
        assertEquals(SlaStatus.State.MET, find(now, "availability").state());
        assertEquals(SlaStatus.State.MET, find(now, "latency").state());
        assertEquals(0, find(now, "latency").windowStart(), "periods are aligned to the epoch");
        assertEquals(SlaStatus.State.NOT_MEASURABLE, find(now, "throughput >= 1").state(), "containers on the host network");
        assertTrue(find(now, "throughput >= 50").why().contains("only data rates"));
        assertEquals("latency p90 < 100 ms per 10 s", find(now, "latency").metric());

        record(store, 10, 12, false, 300); // two slow answers: the seen part is out of bounds, the window not yet lost
        SlaStatus latency = find(evaluator.evaluate(live, store, 5_500), "latency");
        assertEquals(SlaStatus.State.AT_RISK, latency.state());
        assertEquals(300, latency.measured());
        record(store, 12, 13, false, 300); // 3 slow > 10 % of the 20 answers a 10 s window holds: lost
        assertEquals(SlaStatus.State.BREACHED, find(evaluator.evaluate(live, store, 6_000), "latency").state());

        record(store, 13, 40, false, 20); // the next period is met
        latency = find(evaluator.evaluate(live, store, 19_500), "latency");
        assertEquals(SlaStatus.State.MET, latency.state());
        assertEquals(10_000, latency.windowStart());

        record(store, 40, 41, true, 0);
        // the first tick of a new period judges the period that just ended, whole: 20 answers, all fast
        latency = find(evaluator.evaluate(live, store, 20_000), "latency");
        assertEquals(SlaStatus.State.MET, latency.state());
        assertEquals(10_000, latency.windowStart());
        assertEquals(19_999, latency.windowEnd());
        SlaStatus availability = find(evaluator.evaluate(live, store, 20_000), "availability");
        assertEquals(SlaStatus.State.MET, availability.state(), availability.describe());
        assertEquals(0, availability.windowStart());
        assertEquals(40, availability.points());

        record(store, 41, 44, true, 0); // the new availability period: 2 s down of the 2 s allowed, at risk only
        availability = find(evaluator.evaluate(live, store, 21_500), "availability");
        assertEquals(SlaStatus.State.AT_RISK, availability.state(), availability.describe());
        record(store, 44, 45, true, 0);
        availability = find(evaluator.evaluate(live, store, 22_000), "availability");
        assertEquals(SlaStatus.State.BREACHED, availability.state(), availability.describe());
        assertTrue(availability.why().contains("more than the 2 s the whole window allows"), availability.why());
    }

    @Test
    void aFinishedWindowTheMonitorMostlyMissedIsNotJudgedWhole(@TempDir Path folder) throws Exception {
        Deployment live = deployment(folder);
        MetricStore store = new MetricStore(1000);
        record(store, 14, 20, false, 300); // only 6 of the 20 ticks of [0, 10 s), all slow: fewer than the window may lose
        SlaStatus latency = find(new SlaEvaluator(500).evaluate(live, store, 10_000), "latency");
        assertEquals(SlaStatus.State.BREACHED, latency.state(), "6 slow > 2 allowed: lost whatever the rest was");
        MetricStore sparse = new MetricStore(1000);
        record(sparse, 18, 20, false, 300);
        latency = find(new SlaEvaluator(500).evaluate(live, sparse, 10_000), "latency");
        assertEquals(SlaStatus.State.AT_RISK, latency.state(), latency.describe());
        assertTrue(latency.why().startsWith("measured 2 point(s) of the about 20"), latency.why());
    }

    @Test
    void aBreachComesWithEvidenceWhoseHashCoversItsMeasurements(@TempDir Path folder) throws Exception {
        Deployment live = deployment(folder);
        MetricStore store = new MetricStore(1000);
        record(store, 0, 30, false, 20);
        record(store, 30, 40, true, 0);
        SlaStatus breach = find(new SlaEvaluator(500).evaluate(live, store, 19_500), "availability");
        assertEquals(SlaStatus.State.BREACHED, breach.state());
        Path file = Evidence.write(folder.resolve("evidence"), "live", breach, store);
        String json = Files.readString(file);
        assertTrue(json.contains("\"sla\": \"Gold\"") && json.contains("\"metric\": \"availability >= 90 % per 20 s\""), json);
        Matcher points = Pattern.compile("\\[(\\d+), ([0-9.]+)\\]").matcher(json);
        StringBuilder canonical = new StringBuilder();
        int n = 0;
        while (points.find()) {
            canonical.append(SERVING.text()).append('\t').append(points.group(1)).append('\t').append(points.group(2)).append('\n');
            n++;
        }
        assertEquals(40, n, "every tick of the 20 s window");
        Matcher hash = Pattern.compile("\"measurementsSha256\": \"([0-9a-f]{64})\"").matcher(json);
        assertTrue(hash.find());
        assertEquals(Evidence.sha256(canonical.toString()), hash.group(1));
        assertEquals(file, Evidence.write(folder.resolve("evidence"), "live", breach, store), "written once per window");
    }
}

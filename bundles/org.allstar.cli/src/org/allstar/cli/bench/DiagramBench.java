// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.bench.DiagramBenchmarkModel;
import org.allstar.diagram.bench.DiagramOpening;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.lang.load.ModelLoader;

/**
 * {@code allstar bench --diagram [--nodes N] [--components C] [--runs R] [--warmup W] [--baseline-runs B]}: opens
 * a generated infrastructure diagram (N nodes, 2N links; the target is under 2 s for 1,000) and a generated
 * application diagram (C components; under 500 ms for 200) as the diagram editor does: parse (references linked on
 * use), GLSP model request (graph, ELK layout, positions applied) and the JSON sent to the client. Prints wall-clock
 * medians, judged against the targets, and the CPU time of the threads doing the work. Baselines in the same run: re-opening with
 * every position stored (no ELK), and for the infrastructure (laid out by our stress layout) graph + ELK layered,
 * each provider on its own (the layout it had before) and across the hierarchy (INCLUDE_CHILDREN).
 */
public final class DiagramBench {

	public static final String USAGE = "usage: allstar bench --diagram [--nodes 1000] [--components 200] [--runs 5]"
			+ " [--warmup 3] [--baseline-runs 1]";

	static final double INFRASTRUCTURE_TARGET_MS = 2000;
	static final double APPLICATION_TARGET_MS = 500;

	private final ModelLoader loader;

	public DiagramBench(ModelLoader loader) {
		this.loader = loader;
	}

	public int run(int nodes, int components, int runs, int warmup, int baselineRuns, PrintStream out,
			PrintStream err) throws Exception {
		// at least two providers: the generator links each node to a node of the next provider
		int providers = Math.max(2, (nodes + 99) / 100);
		int perProvider = Math.max(1, nodes / providers);
		Path dir = Files.createTempDirectory("allstar-diagram-bench");
		Path infrastructure = Files.writeString(dir.resolve("infrastructure.allstar"),
				DiagramBenchmarkModel.infrastructure(providers, perProvider));
		Path application = Files.writeString(dir.resolve("application.allstar"),
				DiagramBenchmarkModel.application(components));
		try {
			DiagramOpening opening = new DiagramOpening(loader);
			double load = loadAverage();
			out.printf(Locale.ROOT, "java %s, %d cores, load average %.2f at start; median of %d runs after %d"
					+ " warm-ups%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), load, runs, warmup);
			err.printf("allstar bench: infrastructure diagram of %d nodes ...%n", providers * perProvider);
			Case infra = measure(opening, infrastructure, DiagramTypes.INFRASTRUCTURE, runs, warmup);
			report(out, String.format(Locale.ROOT, "infrastructure %d nodes / %d links", providers * perProvider,
					2 * providers * perProvider), infra, INFRASTRUCTURE_TARGET_MS);
			if (baselineRuns > 0) {
				compareLayouts(opening, infrastructure, baselineRuns, out, err);
			}
			err.printf("allstar bench: application diagram of %d components ...%n", components);
			Case app = measure(opening, application, DiagramTypes.APPLICATION, runs, warmup);
			report(out, String.format(Locale.ROOT, "application %d components / %d flows", components,
					countFlows(application)), app, APPLICATION_TARGET_MS);
			out.printf(Locale.ROOT, "load average %.2f at end%n", loadAverage());
			return 0;
		} finally {
			Files.deleteIfExists(infrastructure);
			Files.deleteIfExists(application);
			Files.deleteIfExists(dir);
		}
	}

	/**
	 * Graph + layout of the whole infrastructure, without a session: our stress layout against ELK layered (the
	 * infrastructure's layout before it, each provider on its own) and ELK layered across the hierarchy, same run.
	 */
	private static void compareLayouts(DiagramOpening opening, Path infrastructure, int runs, PrintStream out,
			PrintStream err) {
		err.printf("allstar bench: stress against layered (%d run(s) each), then ELK across the hierarchy (slow) ...%n",
				runs);
		// one untimed run each first: layered has not run in this JVM yet, and a cold start is not what we compare
		opening.arrange(infrastructure, AutoLayout.Style.INFRASTRUCTURE, AutoLayout.Hierarchy.SEPARATE);
		opening.arrange(infrastructure, AutoLayout.Style.INFRASTRUCTURE_LAYERED, AutoLayout.Hierarchy.SEPARATE);
		List<DiagramOpening.Arranged> stress = new ArrayList<>();
		List<DiagramOpening.Arranged> layered = new ArrayList<>();
		for (int i = 0; i < runs; i++) { // alternated, so that a busy moment of the machine hits both alike
			stress.add(opening.arrange(infrastructure, AutoLayout.Style.INFRASTRUCTURE, AutoLayout.Hierarchy.SEPARATE));
			layered.add(opening.arrange(infrastructure, AutoLayout.Style.INFRASTRUCTURE_LAYERED,
					AutoLayout.Hierarchy.SEPARATE));
		}
		List<DiagramOpening.Arranged> across = List.of(opening.arrange(infrastructure,
				AutoLayout.Style.INFRASTRUCTURE_LAYERED, AutoLayout.Hierarchy.ACROSS));
		out.printf(Locale.ROOT, "  graph + layout, %d run(s):                                 wall         CPU%n", runs);
		row(out, "stress, each provider on its own (ours)", stress);
		row(out, "ELK layered, each provider on its own (baseline)", layered);
		row(out, "ELK layered across the hierarchy, 1 run (baseline)", across);
		out.printf(Locale.ROOT, "  stress/layered: wall %.2f, CPU %.2f; across/stress: wall %.1f, CPU %.1f%n",
				wall(stress) / wall(layered), cpu(stress) / cpu(layered), wall(across) / wall(stress),
				cpu(across) / cpu(stress));
	}

	private static void row(PrintStream out, String what, List<DiagramOpening.Arranged> runs) {
		out.printf(Locale.ROOT, "  graph + %-50s %9.1f ms %9.1f ms%n", what, wall(runs), cpu(runs));
	}

	private static double wall(List<DiagramOpening.Arranged> runs) {
		return BenchCommand.median(runs.stream().mapToLong(DiagramOpening.Arranged::wallNanos).toArray());
	}

	private static double cpu(List<DiagramOpening.Arranged> runs) {
		return BenchCommand.median(runs.stream().mapToLong(DiagramOpening.Arranged::cpuNanos).toArray());
	}

	/** Medians of a first opening (all laid out by ELK) and of a re-opening with every position stored. */
	private record Case(double parseMs, double modelMs, double totalMs, double cpuMs, double storedModelMs,
			double storedTotalMs, double storedCpuMs, long jsonBytes, int routes) {
	}

	private static Case measure(DiagramOpening opening, Path file, String type, int runs, int warmup)
			throws Exception {
		List<DiagramOpening.Opened> fresh = new ArrayList<>();
		List<DiagramOpening.Opened> stored = new ArrayList<>();
		DiagramLayout layout = DiagramLayout.EMPTY;
		for (int i = 0; i < warmup + runs; i++) {
			DiagramOpening.Opened first = opening.open(file, type, DiagramLayout.EMPTY);
			layout = first.layout();
			DiagramOpening.Opened again = opening.open(file, type, layout);
			if (!again.layout().positions().equals(layout.positions())) {
				throw new IllegalStateException("re-opening with stored positions moved a node");
			}
			if (i >= warmup) {
				fresh.add(first);
				stored.add(again);
			}
		}
		return new Case(median(fresh, DiagramOpening.Opened::parseNanos),
				median(fresh, DiagramOpening.Opened::modelNanos), median(fresh, DiagramOpening.Opened::totalNanos),
				median(fresh, DiagramOpening.Opened::cpuNanos), median(stored, DiagramOpening.Opened::modelNanos),
				median(stored, DiagramOpening.Opened::totalNanos), median(stored, DiagramOpening.Opened::cpuNanos),
				fresh.get(0).jsonBytes(), layout.routes().size());
	}

	private static void report(PrintStream out, String what, Case c, double targetMs) {
		out.printf(Locale.ROOT, "%s (%d routed edges, %.1f MB of JSON to the client)%n", what, c.routes(),
				c.jsonBytes() / 1e6);
		out.printf(Locale.ROOT, "  open: parse %8.1f ms + diagram (GModel, ELK, positions, JSON) %8.1f ms = %8.1f ms"
				+ " (CPU %.1f ms)   target < %.0f ms: %s%n", c.parseMs(), c.modelMs(), c.totalMs(), c.cpuMs(), targetMs,
				c.totalMs() < targetMs ? "met" : "MISSED");
		out.printf(Locale.ROOT, "  re-open, all positions stored (baseline): diagram %8.1f ms, total %8.1f ms"
				+ " (CPU %.1f ms)   ratio %.2f%n", c.storedModelMs(), c.storedTotalMs(), c.storedCpuMs(),
				c.totalMs() / c.storedTotalMs());
	}

	private static double median(List<DiagramOpening.Opened> runs,
			java.util.function.ToLongFunction<DiagramOpening.Opened> time) {
		return BenchCommand.median(runs.stream().mapToLong(time).toArray());
	}

	private static long countFlows(Path file) throws IOException {
		return Files.readAllLines(file).stream().filter(line -> line.trim().startsWith("flow ")).count();
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}

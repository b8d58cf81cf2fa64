// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
import org.allstar.model.Model;
import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.Planner;
import org.allstar.plan.Progress;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar bench --plan [--components C] [--nodes N] [--time-limit S] [--seed X] [--objective SPEC]}: the
 * planner on a generated instance (Edge sites of the EUA data set plus four Cloud regions, distance-based
 * latencies; {@link PlanBenchmarkModel}). Prints the greedy baseline and the solver's result in the same run: when
 * the first plan came, when the gap to the best bound fell under 2 % and 0.5 %, the final status and gap, the ratios
 * of objective and time to the greedy plan, and the peak memory of the process (heap and native).
 */
public final class PlanBench {

	public static final String USAGE = "usage: allstar bench --plan [--components C] [--nodes N] [--time-limit S]"
			+ " [--seed X] [--objective SPEC]";

	private final ModelLoader loader;

	public PlanBench(ModelLoader loader) {
		this.loader = loader;
	}

	/**
	 * The node-level plans of a run in the order they came (seconds, objective), from the solver's progress reports.
	 * Whether a plan was within 2 % of the bound is decided after the run, against the final bound: a large problem's
	 * bound may come late, and the plans found before it count by when they were found.
	 */
	static final class Marks {
		private final List<double[]> plans = new java.util.ArrayList<>();
		private double firstBound = Double.NaN;

		/** Only plans on nodes count ("pool" progress is a relaxation's objective before packing). */
		synchronized void record(Progress progress) {
			boolean onNodes = progress.phase().equals("solve") || progress.phase().equals("greedy");
			if (!onNodes || Double.isNaN(progress.objective())) {
				return;
			}
			plans.add(new double[] { progress.seconds(), progress.objective(), onNodes && progress.phase().equals("solve") ? 1 : 0 });
			if (Double.isNaN(firstBound) && !Double.isNaN(progress.bound())) {
				firstBound = progress.seconds();
			}
		}

		/**
		 * The plan the run returned, at the time it returned: a small problem's plan comes packed from the pool model
		 * at the end, without a progress report of its own.
		 */
		synchronized void recordFinal(double seconds, double objective) {
			if (!Double.isNaN(objective) && plans.stream().noneMatch(p -> p[1] <= objective)) {
				plans.add(new double[] { seconds, objective, 1 });
			}
		}

		/** When the first plan from the solver (fromSolver) or the greedy warm start came; NaN if none did. */
		synchronized double first(boolean fromSolver) {
			return plans.stream().filter(p -> (p[2] == 1) == fromSolver).mapToDouble(p -> p[0]).min()
					.orElse(Double.NaN);
		}

		/** When the first plan within {@code gap} (0.02 = 2 %) of {@code bound} came; NaN if none did. */
		synchronized double within(double gap, double bound) {
			if (Double.isNaN(bound)) {
				return Double.NaN;
			}
			for (double[] plan : plans) {
				if ((plan[1] - bound) / plan[1] <= gap + 1e-12) {
					return plan[0];
				}
			}
			return Double.NaN;
		}

		/** When a progress report first carried a bound; NaN if none did. */
		synchronized double firstBound() {
			return firstBound;
		}
	}

	public int run(int components, int nodes, long seed, double seconds, Objective objective, PrintStream out,
			PrintStream err) throws IOException {
		long start = System.nanoTime();
		String text = PlanBenchmarkModel.text(components, nodes, seed);
		Path dir = Files.createTempDirectory("allstar-plan-bench");
		Path file = Files.writeString(dir.resolve("planbench.allstar"), text);
		try {
			LoadedModels loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			if (loaded.hasErrors()) {
				err.println("allstar bench: the generated model has errors: "
						+ loaded.diagnostics().get(0).toCompilerFormat());
				return 1;
			}
			Application app = loaded.models().stream().flatMap(m -> m.getElements().stream())
					.filter(Application.class::isInstance).map(Application.class::cast).findFirst().orElseThrow();
			err.printf(Locale.ROOT, "allstar bench: %d components × %d nodes (seed %d, %d lines, loaded in %.1f s);"
					+ " planning with %s for up to %.0f s ...%n", components, nodes, seed, text.lines().count(),
					loadSeconds, objective, seconds);
			Marks marks = new Marks();
			Plan plan = new Planner().plan(new PlanRequest(app, loaded.models(), objective,
					Duration.ofMillis(Math.round(seconds * 1000)), null, marks::record));
			marks.recordFinal(plan.seconds(), plan.objectiveValue());
			report(out, components, nodes, seed, seconds, loaded.models(), plan, marks);
			return plan.status().hasPlan() && plan.verifierErrors().isEmpty() ? 0 : 1;
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	private static void report(PrintStream out, int components, int nodes, long seed, double limit, List<Model> models,
			Plan plan, Marks marks) {
		out.printf(Locale.ROOT, "java %s, %s, %d processors, max heap %d MB%n", Runtime.version(),
				ManagementFactory.getRuntimeMXBean().getVmName(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		out.printf(Locale.ROOT, "instance: %d components × %d nodes, seed %d, time limit %.0f s, objective %s%n",
				components, nodes, seed, limit, plan.objective());
		out.printf(Locale.ROOT, "greedy FFD: objective %.3f in %.3f s%s%n", plan.greedy().objectiveValue(),
				plan.greedy().seconds(), plan.greedy().errors().isEmpty() ? "" : " (not valid: "
						+ plan.greedy().errors().size() + " verifier errors)");
		out.printf(Locale.ROOT, "CP-SAT: %s, objective %.3f, best bound %.3f, gap %.3f %%, %.2f s in all%n",
				plan.status().name().toLowerCase(Locale.ROOT), plan.objectiveValue(), plan.bound(), 100 * plan.gap(),
				plan.seconds());
		out.printf(Locale.ROOT, "first feasible plan: the greedy warm start at %s (since the call, with the problem"
				+ " built)%s%n", seconds(marks.first(false)),
				plan.greedy().errors().isEmpty() ? " (passes the verifier)" : " (breaks a rule: not a plan)");
		out.printf(Locale.ROOT, "node-level plans: first from the solver at %s; within 2 %% of the final bound at %s,"
				+ " within 0.5 %% at %s (each plan's time against the final bound %.3f, compared after the run; the"
				+ " bound came with the plans from %s; pool-model plans are not counted until packed)%n",
				seconds(marks.first(true)), seconds(marks.within(0.02, plan.bound())),
				seconds(marks.within(0.005, plan.bound())), plan.bound(), seconds(marks.firstBound()));
		out.printf(Locale.ROOT, "ratio greedy/CP-SAT: objective %.3f, time %.4f%n",
				plan.greedy().objectiveValue() / plan.objectiveValue(), plan.greedy().seconds() / plan.seconds());
		out.printf(Locale.ROOT, "verifier errors in the plan: %d; price %s EUR/month%n", plan.verifierErrors().size(),
				plan.status().hasPlan() ? plan.parts().pricePerMonth().toBigDecimal(new java.math.MathContext(8))
						.toPlainString() : "-");
		out.printf(Locale.ROOT, "peak memory of the process (heap and native, VmHWM): %s%n", peakRss());
		plan.notes().forEach(note -> out.println("note: " + note));
	}

	private static String seconds(double value) {
		return Double.isNaN(value) ? "never" : String.format(Locale.ROOT, "%.2f s", value);
	}

	/** The resident set's high-water mark from /proc (Linux), which counts the solver's native memory too. */
	static String peakRss() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					return String.format(Locale.ROOT, "%.2f GB", kb / 1024.0 / 1024.0);
				}
			}
		} catch (IOException | NumberFormatException e) {
			return "unknown (" + e.getMessage() + ")";
		}
		return "unknown";
	}
}

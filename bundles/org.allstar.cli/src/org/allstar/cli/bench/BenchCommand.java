// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import org.allstar.lang.bench.BenchmarkModel;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.allstar.interop.yaml.YamlReader;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.plan.Objective;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar bench [--scale S] [--runs R] [--warmup W]}: parse + link + validate of a generated model of about
 * 10,000 lines (scale 1), against SnakeYAML loading a TOSCA file of the same size, in the same JVM. Prints the
 * medians, the throughput in MB/s, their ratio, and the heap the loaded model retains. With {@code --verify}, the
 * verifier alone on a larger model ({@link VerifyBench}).
 */
public final class BenchCommand {

	public static final String USAGE = "usage: allstar bench [--verify] [--scale S] [--runs R] [--warmup W]\n"
			+ "       allstar bench --plan [--components C] [--nodes N] [--time-limit S] [--seed X] [--objective SPEC]\n"
			+ "       allstar bench --chain [--runs R]\n"
			+ "       allstar bench --deploy [--containers 30] [--engines 3]\n"
			+ "       allstar bench --monitor [--faults 9] [--interval 500ms]\n"
			+ "       " + ToscaBench.USAGE + "\n"
			+ "       " + DiagramBench.USAGE;

	private final ModelLoader loader;

	public BenchCommand(ModelLoader loader) {
		this.loader = loader;
	}

	public int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
		if (arguments.contains("--deploy")) {
			List<String> rest = arguments.stream().filter(a -> !a.equals("--deploy")).toList();
			int containers = 30;
			int engines = 3;
			for (int i = 0; i + 1 < rest.size(); i += 2) {
				switch (rest.get(i)) {
				case "--containers" -> containers = Integer.parseInt(rest.get(i + 1));
				case "--engines" -> engines = Integer.parseInt(rest.get(i + 1));
				default -> throw new NumberFormatException("bench --deploy takes --containers C and --engines E");
				}
			}
			try {
				return new DeployBench(loader, out, err).run(containers, engines);
			} catch (IOException e) {
				throw e;
			} catch (Exception e) {
				err.println("allstar bench --deploy: " + e.getMessage() + " (it needs root, dockerd and /bin/busybox)");
				return 1;
			}
		}
		if (arguments.contains("--tosca")) {
			List<String> rest = arguments.stream().filter(a -> !a.equals("--tosca")).toList();
			for (int i = 0; i < rest.size(); i += 2) {
				if (!List.of("--templates", "--runs", "--warmup").contains(rest.get(i)) || i + 1 >= rest.size()) {
					throw new NumberFormatException("unknown option or missing value: " + rest.get(i) + "; " + ToscaBench.USAGE);
				}
			}
			int templates = (int) option(rest, "--templates", 5000);
			int runs = (int) option(rest, "--runs", 5);
			int warmup = (int) option(rest, "--warmup", 2);
			if (templates < 1 || runs < 1 || warmup < 0) {
				throw new NumberFormatException("need --templates >= 1, --runs >= 1 and --warmup >= 0");
			}
			return new ToscaBench(loader).run(templates, runs, warmup, out, err);
		}
		if (arguments.contains("--monitor")) {
			List<String> rest = arguments.stream().filter(a -> !a.equals("--monitor")).toList();
			int faults = 9;
			java.time.Duration interval = java.time.Duration.ofMillis(500);
			for (int i = 0; i < rest.size(); i += 2) {
				if (i + 1 >= rest.size()) throw new NumberFormatException("bench --monitor takes --faults F and --interval D");
				switch (rest.get(i)) {
				case "--faults" -> faults = Integer.parseInt(rest.get(i + 1));
				case "--interval" -> interval = org.allstar.cli.MonitorCommand.duration(rest.get(i + 1));
				default -> throw new NumberFormatException("bench --monitor takes --faults F and --interval D");
				}
			}
			try {
				return new MonitorBench(loader, out, err).run(faults, interval);
			} catch (IOException e) {
				throw e;
			} catch (Exception e) {
				err.println("allstar bench --monitor: " + e.getMessage() + " (it needs root, dockerd and /bin/busybox)");
				return 1;
			}
		}
		if (arguments.contains("--chain")) {
			List<String> rest = arguments.stream().filter(a -> !a.equals("--chain")).toList();
			if (!rest.isEmpty() && !(rest.size() == 2 && rest.get(0).equals("--runs"))) {
				throw new NumberFormatException("bench --chain takes only --runs R");
			}
			int runs = rest.isEmpty() ? 20 : Integer.parseInt(rest.get(1));
			if (runs < 1) throw new NumberFormatException("--runs must be at least 1");
			try {
				return new ChainBench(out, err).run(runs);
			} catch (org.allstar.chain.ChainException e) {
				err.println("allstar bench --chain: " + e.getMessage());
				return 1;
			}
		}
		if (arguments.contains("--diagram")) {
			return diagram(arguments.stream().filter(a -> !a.equals("--diagram")).toList(), out, err);
		}
		if (arguments.contains("--plan")) {
			return plan(arguments.stream().filter(a -> !a.equals("--plan")).toList(), out, err);
		}
		boolean verify = arguments.contains("--verify");
		List<String> args = arguments.stream().filter(a -> !a.equals("--verify")).toList();
		for (int i = 0; i < args.size(); i += 2) {
			if (!List.of("--scale", "--runs", "--warmup").contains(args.get(i)) || i + 1 >= args.size()) {
				throw new NumberFormatException("unknown option or missing value: " + args.get(i));
			}
		}
		double scale = option(args, "--scale", 1.0);
		int runs = (int) option(args, "--runs", 10);
		int warmup = (int) option(args, "--warmup", 5);
		if (scale <= 0 || runs < 1 || warmup < 0) {
			throw new NumberFormatException("need --scale > 0, --runs >= 1 and --warmup >= 0");
		}
		if (verify) {
			return new VerifyBench(loader).run(BenchmarkModel.Shape.verifying(scale), runs, warmup, out, err);
		}
		String model = BenchmarkModel.text(scale);
		byte[] modelBytes = model.getBytes(StandardCharsets.UTF_8);
		String yaml = ToscaBaseline.text(modelBytes.length);
		Path dir = Files.createTempDirectory("allstar-bench");
		Path file = Files.write(dir.resolve("bench.allstar"), modelBytes);
		try {
			LoadedModels first = loader.load(List.of(file), CancelIndicator.NullImpl);
			if (first.hasErrors()) {
				err.println("allstar bench: the generated model has errors: " + first.diagnostics().get(0).toCompilerFormat());
				return 1;
			}
			err.printf("allstar bench: %d lines, %d bytes; warming up (%d runs) ...%n", model.lines().count(),
					modelBytes.length, warmup);
			Supplier<Object> allstar = () -> loader.load(List.of(file), CancelIndicator.NullImpl);
			Supplier<Object> snakeYaml = () -> YamlReader.load(yaml);
			measure(allstar, warmup);
			measure(snakeYaml, warmup);
			double allstarMs = median(measure(allstar, runs));
			double yamlMs = median(measure(snakeYaml, runs));
			long retained = retainedHeap(allstar, dir);
			report(out, model.lines().count(), modelBytes.length, yaml.length(), allstarMs, yamlMs, retained, runs);
			return 0;
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	private static void report(PrintStream out, long lines, int modelBytes, int yamlBytes, double allstarMs,
			double yamlMs, long retained, int runs) {
		double allstarRate = modelBytes / 1e6 / (allstarMs / 1000);
		double yamlRate = yamlBytes / 1e6 / (yamlMs / 1000);
		out.printf("java %s, %s, max heap %d MB, median of %d runs%n", Runtime.version(),
				ManagementFactory.getRuntimeMXBean().getVmName(), Runtime.getRuntime().maxMemory() >> 20, runs);
		out.printf("ALLSTAR-ML parse+link+validate  %6d lines %8d bytes  %8.1f ms  %6.2f MB/s%n", lines, modelBytes,
				allstarMs, allstarRate);
		out.printf("SnakeYAML load (TOSCA 1.3 YAML)               %8d bytes  %8.1f ms  %6.2f MB/s%n", yamlBytes,
				yamlMs, yamlRate);
		out.printf("ratio (ALLSTAR-ML time / SnakeYAML time): %.2f%n", allstarMs / yamlMs);
		out.printf("heap retained by the loaded model: %.1f MB%n", retained / 1e6);
	}

	static long[] measure(Supplier<Object> work, int runs) {
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Object result = work.get();
			nanos[i] = System.nanoTime() - start;
			if (result == null) {
				throw new IllegalStateException("benchmark step returned nothing");
			}
		}
		return nanos;
	}

	static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	/**
	 * Heap in use while one loaded model is reachable, minus the heap in use once it is dropped and a tiny model
	 * has been loaded after it: the language's verifier keeps the network graph of the last verification (and so
	 * the models it belongs to) until the next one, which the tiny model replaces.
	 */
	private long retainedHeap(Supplier<Object> work, Path dir) throws IOException {
		Object kept = work.get();
		long withModel = usedAfterGc();
		Reference.reachabilityFence(kept);
		kept = null;
		Path tiny = Files.writeString(dir.resolve("tiny.allstar"), BenchmarkModel.text(new BenchmarkModel.Shape(1, 2, 1)));
		try {
			loader.load(List.of(tiny), CancelIndicator.NullImpl);
		} finally {
			Files.deleteIfExists(tiny);
		}
		return withModel - usedAfterGc();
	}

	static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private int plan(List<String> args, PrintStream out, PrintStream err) throws IOException {
		List<String> known = List.of("--components", "--nodes", "--time-limit", "--seed", "--objective");
		for (int i = 0; i < args.size(); i += 2) {
			if (!known.contains(args.get(i)) || i + 1 >= args.size()) {
				throw new NumberFormatException("unknown option or missing value: " + args.get(i) + "; "
						+ PlanBench.USAGE);
			}
		}
		int components = (int) option(args, "--components", 50);
		int nodes = (int) option(args, "--nodes", 500);
		double seconds = option(args, "--time-limit", 30);
		long seed = (long) option(args, "--seed", 42);
		int objective = args.indexOf("--objective");
		if (components < 1 || nodes < 1 || seconds <= 0) {
			throw new NumberFormatException("need --components >= 1, --nodes >= 1 and --time-limit > 0");
		}
		return new PlanBench(loader).run(components, nodes, seed, seconds,
				objective < 0 ? Objective.DEFAULT : Objective.parse(args.get(objective + 1)), out, err);
	}

	private int diagram(List<String> args, PrintStream out, PrintStream err) throws IOException {
		List<String> known = List.of("--nodes", "--components", "--runs", "--warmup", "--baseline-runs");
		for (int i = 0; i < args.size(); i += 2) {
			if (!known.contains(args.get(i)) || i + 1 >= args.size()) {
				throw new NumberFormatException("unknown option or missing value: " + args.get(i) + "; "
						+ DiagramBench.USAGE);
			}
		}
		int nodes = (int) option(args, "--nodes", 1000);
		int components = (int) option(args, "--components", 200);
		int runs = (int) option(args, "--runs", 5);
		int warmup = (int) option(args, "--warmup", 3);
		int baselineRuns = (int) option(args, "--baseline-runs", 1);
		if (nodes < 10 || components < 1 || runs < 1 || warmup < 0 || baselineRuns < 0) {
			throw new NumberFormatException("need --nodes >= 10, --components >= 1, --runs >= 1, --warmup >= 0"
					+ " and --baseline-runs >= 0");
		}
		try {
			return new DiagramBench(loader).run(nodes, components, runs, warmup, baselineRuns, out, err);
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			err.println("allstar bench --diagram: " + e.getMessage());
			return 1;
		}
	}

	private static double option(List<String> args, String name, double fallback) {
		int index = args.indexOf(name);
		if (index < 0 || index + 1 >= args.size()) {
			return fallback;
		}
		return Double.parseDouble(args.get(index + 1));
	}
}

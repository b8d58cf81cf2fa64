// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.allstar.cli.bench.BenchCommand;
import org.allstar.cli.chain.ChainCommands;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.allstar.verify.VerifyCodes;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The {@code allstar} command: dispatches a sub-command and returns its exit status.
 * <p>
 * Exit status: 0 success, 1 the command found problems (validation errors, including a file whose content cannot
 * be read), 2 the command line was wrong (unknown command or option, a path that does not exist).
 */
public final class Main {

	public static final int OK = 0;
	public static final int PROBLEMS = 1;
	public static final int USAGE = 2;

	public static void main(String[] args) {
		System.exit(new Main().run(args, System.out, System.err));
	}

	/** Runs one command line, writing results to {@code out} and diagnostics about the run to {@code err}. */
	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			usage(err);
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		Languages languages = new Languages();
		switch (args[0]) {
		case "version", "--version" -> {
			out.println("allstar " + BundleVersion.of(Main.class));
			return OK;
		}
		case "validate" -> {
			return new ValidateCommand(languages, "validate").run(rest, out, err);
		}
		case "bench" -> {
			return bench(rest, languages, out, err);
		}
		case "verify" -> {
			int explain = rest.indexOf("--explain");
			if (explain >= 0) {
				return explain(explain + 1 < rest.size() ? rest.get(explain + 1) : "", out, err);
			}
			return new ValidateCommand(languages, "verify").run(rest, out, err);
		}
		case "whatif" -> {
			return new WhatIfCommand(languages).run(rest, out, err);
		}
		case "plan" -> {
			return new PlanCommand(languages).run(rest, out, err);
		}
		case "format" -> {
			return new FormatCommand(languages).run(rest, out, err);
		}
		case "deploy", "status", "undeploy" -> {
			return new DeployCommand(languages).run(args[0], rest, out, err);
		}
		case "monitor", "diagnose" -> {
			return new MonitorCommand(languages).run(args[0], rest, out, err);
		}
		case "chain", "account", "market", "sla", "witness", "reputation" -> {
			return new ChainCommands(paths -> load(languages, paths)).run(args[0], rest, out, err);
		}
		case "import", "export" -> {
			if (args[0].equals("export") && !rest.isEmpty() && rest.get(0).equals("k8s")) {
				return new KubernetesExportCommand(languages).run(rest.subList(1, rest.size()), out, err);
			}
			return new InteropCommand(languages).run(args[0], rest, out, err);
		}
		case "help", "--help", "-h" -> {
			usage(out);
			return OK;
		}
		default -> {
			err.println("allstar: unknown command '" + args[0] + "'");
			usage(err);
			return USAGE;
		}
		}
	}

	private static LoadedModels load(Languages languages, List<String> paths) {
		try {
			return languages.get(ModelLoader.class).load(ModelFiles.collect(paths.stream().map(Path::of).toList()),
					CancelIndicator.NullImpl);
		} catch (ModelInputException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	private static int explain(String code, PrintStream out, PrintStream err) {
		return VerifyCodes.explain(code).map(text -> {
			out.println(code + ": " + text);
			return OK;
		}).orElseGet(() -> {
			err.println("allstar verify: no rule '" + code + "'; rules: " + String.join(", ", VerifyCodes.all()));
			return USAGE;
		});
	}

	private static int bench(List<String> args, Languages languages, PrintStream out, PrintStream err) {
		try {
			return new BenchCommand(languages.get(ModelLoader.class)).run(args, out, err);
		} catch (IOException | NumberFormatException e) {
			err.println("allstar bench: " + e.getMessage());
			err.println(BenchCommand.USAGE);
			return USAGE;
		}
	}

	private static void usage(PrintStream stream) {
		stream.println("usage: allstar <command> [arguments]");
		stream.println("commands:");
		stream.println("  version               print the version");
		stream.println("  validate [--format text|json] <files or folders>");
		stream.println("                        check ALLSTAR-ML models together, one line per finding:");
		stream.println("                        file:line:col: severity: code: message");
		stream.println("  verify [--format text|json] <files or folders>");
		stream.println("                        the same checks as validate (the verifier runs inside it)");
		stream.println("  verify --explain CODE explain a verifier rule (capacity, latency, residency, ...)");
		stream.println("  whatif DEPLOYMENT [--format text|json] [files or folders] --drain NODE | --migrate COMP=NODE");
		stream.println("         | --cut HOST<->HOST | --scale COMP=N ...");
		stream.println("                        simulate a control decision; say what goes down and what breaks");
		stream.println("  plan APPLICATION [files or folders] [--objective SPEC] [--time-limit 30s] [--write FILE]");
		stream.println("       [--name NAME] [--replan-from DEPLOYMENT] [--format text|json] [--chain WORKSPACE|URL]");
		stream.println("                        place the application on the providers at least cost (CP-SAT);");
		stream.println("                        SPEC: price=1,latency=1,energy=0.2,risk=100 (default) or latency>price");
		stream.println("  format [--check] <files or folders>");
		stream.println("                        rewrite models in the standard layout (--check: only list them)");
		stream.println("  import tosca <service-template.yaml|CSAR.zip> [--output FILE.allstar]");
		stream.println("                        a TOSCA 1.3 template as ALLSTAR-ML; what has no counterpart stays as comments");
		stream.println("  export tosca <files or folders> [--output FILE.yaml]");
		stream.println("                        a model as a TOSCA Simple Profile 1.3 service template");
		stream.println("  export k8s DEPLOYMENT [files or folders] [--output FILE.yaml]");
		stream.println("                        the Kubernetes manifests allstar deploy applies, per cluster");
		stream.println("  bench [--scale S] [--runs R] [--warmup W]");
		stream.println("                        time parse+link+validate of a generated ~10,000-line model");
		stream.println("  bench --verify [--scale S] [--runs R] [--warmup W]");
		stream.println("                        time the verifier on a generated 5,000-node model, full and after an edit");
		stream.println("  bench --plan [--components C] [--nodes N] [--time-limit S] [--seed X] [--objective SPEC]");
		stream.println("                        the planner on a generated Edge+Cloud instance, against greedy FFD");
		stream.println("  bench --chain [--runs R]");
		stream.println("                        gas of an SLA lifecycle on a local anvil, and sign-to-receipt time");
		stream.println("  bench --deploy [--containers C] [--engines E]");
		stream.println("                        deploy C containers on E private dockerd engines, against the docker CLI");
		stream.println("  bench --monitor [--faults F] [--interval 500ms]");
		stream.println("                        anomaly detection precision, recall and delay on injected faults");
		stream.println("  bench --diagram [--nodes 1000] [--components 200] [--runs 5] [--warmup 3] [--baseline-runs 1]");
		stream.println("                        open infrastructure and application diagrams (parse, GLSP model, ELK layout)");
		stream.println("  bench --tosca [--templates 5000]");
		stream.println("                        TOSCA import of a generated service template, against SnakeYAML");
		stream.println("  deploy DEPLOYMENT [files or folders] [--dry-run] [--keep-going]");
		stream.println("                        run the deployment on its providers' docker engines or Kubernetes clusters (converging)");
		stream.println("  status DEPLOYMENT [files or folders]   what runs;   undeploy DEPLOYMENT [...]   remove it");
		stream.println("  monitor DEPLOYMENT [files or folders] [--for 5m] [--interval 2s]");
		stream.println("                        watch it: metrics, anomalies, SLA windows (evidence of breaches)");
		stream.println("  diagnose DEPLOYMENT [files or folders] [--last 10m]");
		stream.println("                        likely causes of recent anomalies, remedies checked by whatif");
		ChainCommands.usage(stream);
		stream.println("  studio [workspace]    start the IDE (handled by the ./allstar script)");
	}
}

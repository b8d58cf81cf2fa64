// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import org.allstar.lang.load.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allstar.cli.chain.ChainSession;
import org.allstar.market.ChainReputation;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Node;
import org.allstar.plan.Conflict;
import org.allstar.plan.DeploymentText;
import org.allstar.plan.Objective;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.Planner;
import org.allstar.plan.SectionWriter;
import org.allstar.verify.network.NetworkGraph;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar plan APPLICATION [files or folders] [--objective SPEC] [--time-limit 30s] [--write FILE]
 * [--name NAME] [--replan-from DEPLOYMENT] [--format text|json] [--chain WORKSPACE|URL]}: plans the application onto
 * the providers of the models (with --chain, provider risk is 1 − the reputation the chain's history gives them), prints the report and the deployment (or writes it into FILE), with a progress line on stderr. Exit status
 * 0 with a plan, 1 without one (infeasible, or nothing found in time) or when the models do not load, 2 for a wrong
 * command line.
 */
final class PlanCommand {

	static final String USAGE = "usage: allstar plan APPLICATION [files or folders, default .] [--objective SPEC]"
			+ " [--time-limit 30s] [--write FILE] [--name NAME] [--replan-from DEPLOYMENT] [--format text|json]"
			+ " [--chain WORKSPACE|URL]";

	private final Languages languages;
	private String application;
	private final List<Path> paths = new ArrayList<>();
	private Objective objective = Objective.DEFAULT;
	private Duration timeLimit = Duration.ofSeconds(30);
	private Path write;
	private String name;
	private String replanFrom;
	private String chain;
	private String format = "text";

	PlanCommand(Languages languages) {
		this.languages = languages;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			parse(args);
		} catch (IllegalArgumentException e) {
			err.println("allstar plan: " + e.getMessage());
			err.println(USAGE);
			return Main.USAGE;
		}
		List<Path> files;
		try {
			files = ModelFiles.collect(paths.isEmpty() ? List.of(Path.of(".")) : paths);
		} catch (ModelInputException e) {
			err.println("allstar plan: " + e.getMessage());
			return Main.USAGE;
		}
		LoadedModels loaded = languages.get(ModelLoader.class).load(files, CancelIndicator.NullImpl);
		if (!NamedElements.loadWell(loaded, "plan", err)) {
			return Main.PROBLEMS;
		}
		List<Application> applications = loaded.named(Application.class, application);
		if (applications.size() != 1) {
			err.println("allstar plan: " + (applications.isEmpty() ? "no application '" : "more than one application '")
					+ application + "'; applications: " + String.join(", ", loaded.named(Application.class, null)
							.stream().map(LoadedModels::qualifiedName).toList()));
			return Main.USAGE;
		}
		Deployment current = null;
		if (replanFrom != null) {
			List<Deployment> deployments = loaded.named(Deployment.class, replanFrom);
			if (deployments.size() != 1) {
				err.println("allstar plan: " + (deployments.isEmpty() ? "no deployment '" : "more than one deployment '")
						+ replanFrom + "' to re-plan from");
				return Main.USAGE;
			}
			current = deployments.get(0);
		}
		return plan(loaded, applications.get(0), current, files, out, err);
	}

	private void parse(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				option(arg, args.get(++i));
			} else if (arg.startsWith("-")) {
				throw new IllegalArgumentException("unknown option '" + arg + "'");
			} else if (application == null) {
				application = arg;
			} else {
				paths.add(Path.of(arg));
			}
		}
		if (application == null) {
			throw new IllegalArgumentException("name the application to plan");
		}
	}

	private void option(String option, String value) {
		switch (option) {
		case "--objective" -> objective = Objective.parse(value);
		case "--time-limit" -> timeLimit = duration(value);
		case "--write" -> write = Path.of(value);
		case "--name" -> name = value;
		case "--replan-from" -> replanFrom = value;
		case "--chain" -> chain = value;
		case "--format" -> {
			if (!List.of("text", "json").contains(value)) {
				throw new IllegalArgumentException("unknown format '" + value + "'");
			}
			format = value;
		}
		default -> throw new IllegalArgumentException("unknown option '" + option + "'");
		}
	}

	/** "30s", "2m", "500ms" or a number of seconds. */
	static Duration duration(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		try {
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			if (value.endsWith("m")) {
				return Duration.ofSeconds(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 60));
			}
			double seconds = Double.parseDouble(value.endsWith("s") ? value.substring(0, value.length() - 1) : value);
			if (seconds <= 0) {
				throw new NumberFormatException();
			}
			return Duration.ofMillis(Math.round(seconds * 1000));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("time limit '" + text + "' is not a duration such as 30s, 2m or 500ms");
		}
	}

	private int plan(LoadedModels loaded, Application app, Deployment current, List<Path> files, PrintStream out,
			PrintStream err) {
		PlanRequest request = new PlanRequest(app, loaded.models(), objective, timeLimit, current,
				progress -> err.println("allstar plan: " + progress));
		Plan plan;
		if (chain == null) {
			plan = new Planner().plan(request);
		} else {
			try (ChainReputation reputations = ChainSession.reputations(chain, err)) {
				plan = new Planner(reputations).plan(request);
			} catch (org.allstar.chain.ChainException e) {
				err.println("allstar plan: no reputations from " + chain + ": " + e.getMessage());
				return Main.PROBLEMS;
			}
		}
		String deploymentName = name != null ? name : current != null ? current.getName() : "planned";
		String packageName = DeploymentText.packageOf(current != null ? current : app);
		if (format.equals("json")) {
			out.println(json(plan, app, deploymentName, packageName));
		} else {
			plan.report().forEach(out::println);
		}
		if (!plan.status().hasPlan() || !plan.verifierErrors().isEmpty()) {
			return Main.PROBLEMS;
		}
		if (write == null) {
			if (format.equals("text")) {
				out.println();
				out.print(DeploymentText.file(plan, app, deploymentName, packageName));
			}
			return Main.OK;
		}
		return write(plan, app, deploymentName, packageName, files, out, err);
	}

	private int write(Plan plan, Application app, String deploymentName, String packageName, List<Path> files,
			PrintStream out, PrintStream err) {
		try {
			String original = Files.exists(write) ? Files.readString(write, StandardCharsets.UTF_8) : null;
			String text = original == null ? DeploymentText.file(plan, app, deploymentName, packageName)
					: SectionWriter.replace(original, plan, app, deploymentName);
			AtomicFiles.write(write, text);
			if (!writtenFileValidates(files, deploymentName, err)) {
				if (original == null) {
					Files.deleteIfExists(write);
				} else {
					AtomicFiles.write(write, original);
				}
				err.println("allstar plan: the written deployment does not validate; " + write + " is unchanged");
				return Main.PROBLEMS;
			}
			err.println("allstar plan: wrote deployment '" + deploymentName + "' to " + write);
			return Main.OK;
		} catch (IOException e) {
			err.println("allstar plan: cannot write " + write + ": " + e.getMessage() + "; nothing was changed");
			return Main.PROBLEMS;
		} catch (IllegalArgumentException e) {
			err.println("allstar plan: " + e.getMessage());
			return Main.PROBLEMS;
		}
	}

	/** Loads the models again with the written file and checks it has no errors at all. */
	private boolean writtenFileValidates(List<Path> files, String deploymentName, PrintStream err) {
		List<Path> all = new ArrayList<>(files);
		Path written = ModelFiles.identity(write);
		if (all.stream().map(ModelFiles::identity).noneMatch(written::equals)) {
			all.add(write);
		}
		LoadedModels loaded = languages.get(ModelLoader.class).load(all, CancelIndicator.NullImpl);
		List<ModelDiagnostic> errors = loaded.diagnostics().stream()
				.filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR && written.equals(ModelFiles.identity(d.file())))
				.toList();
		errors.forEach(d -> err.println(d.toCompilerFormat()));
		return errors.isEmpty();
	}

	private static String json(Plan plan, Application app, String deploymentName, String packageName) {
		StringBuilder json = new StringBuilder("{\n");
		field(json, "status", DiagnosticsJson.string(plan.status().name().toLowerCase(Locale.ROOT)));
		field(json, "objective", DiagnosticsJson.string(plan.objective().toString()));
		field(json, "seconds", number(plan.seconds()));
		if (plan.status().hasPlan()) {
			field(json, "value", number(plan.objectiveValue()));
			field(json, "bound", number(plan.bound()));
			field(json, "gap", number(plan.gap()));
			field(json, "pricePerMonth", plan.parts().pricePerMonth().toBigDecimal(new java.math.MathContext(10))
					.toPlainString());
			field(json, "latencyMs", plan.parts().latencyMs().toBigDecimal(new java.math.MathContext(10)).toPlainString());
			field(json, "powerW", plan.parts().powerW().toBigDecimal(new java.math.MathContext(10)).toPlainString());
			field(json, "risk", number(plan.parts().risk()));
			field(json, "migrations", String.valueOf(plan.migrations()));
			field(json, "greedyValue", number(plan.greedy().objectiveValue()));
			field(json, "placements", placements(plan.placements()));
			field(json, "deployment", DiagnosticsJson.string(DeploymentText.file(plan, app, deploymentName, packageName)));
		}
		field(json, "conflicts", "[" + String.join(", ", plan.conflicts().stream().map(PlanCommand::conflict).toList())
				+ "]");
		json.append("  \"notes\": [").append(String.join(", ", plan.notes().stream().map(DiagnosticsJson::string)
				.toList())).append("]");
		return json.append("\n}").toString();
	}

	private static String placements(Map<Component, List<Node>> placements) {
		List<String> entries = new ArrayList<>();
		placements.forEach((component, nodes) -> entries.add(DiagnosticsJson.string(component.getName()) + ": ["
				+ String.join(", ", nodes.stream().map(n -> DiagnosticsJson.string(NetworkGraph.nameOf(n))).toList())
				+ "]"));
		return "{" + String.join(", ", entries) + "}";
	}

	private static String conflict(Conflict conflict) {
		return "{\"summary\": " + DiagnosticsJson.string(conflict.summary()) + ", \"requirements\": [" + String.join(
				", ", conflict.requirements().stream().map(DiagnosticsJson::string).toList()) + "]}";
	}

	private static String number(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.6f", value);
	}

	private static void field(StringBuilder json, String name, String value) {
		json.append("  \"").append(name).append("\": ").append(value).append(",\n");
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.allstar.verify.Finding;
import org.allstar.verify.Verifier;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.whatif.ControlAction;
import org.allstar.verify.whatif.WhatIf;
import org.allstar.verify.whatif.WhatIfReport;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar whatif DEPLOYMENT [files or folders] --drain NODE | --migrate COMP=NODE | --cut HOST<->HOST |
 * --scale COMP=N ...}: simulates the actions on a copy of the models and prints what breaks. Exit status 0 when
 * nothing breaks, 1 when the action is unsafe or critical (or the models do not load), 2 for a wrong command line.
 */
final class WhatIfCommand {

	static final String USAGE = "usage: allstar whatif DEPLOYMENT [--format text|json] [files or folders, default .]"
			+ " (--drain NODE | --migrate COMPONENT=NODE | --cut HOST<->HOST | --scale COMPONENT=N)...";

	private static final Set<String> ACTIONS = Set.of("--drain", "--migrate", "--cut", "--scale");

	private final Languages languages;

	WhatIfCommand(Languages languages) {
		this.languages = languages;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		String format = "text";
		String deploymentName = null;
		List<Path> paths = new ArrayList<>();
		List<ControlAction> actions = new ArrayList<>();
		try {
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if (ACTIONS.contains(arg) || arg.equals("--format")) {
					if (i + 1 >= args.size()) {
						throw new IllegalArgumentException(arg + " needs a value");
					}
					String value = args.get(++i);
					if (arg.equals("--format")) {
						format = value;
					} else {
						actions.add(ControlAction.parse(arg.substring(2), value));
					}
				} else if (arg.startsWith("-")) {
					throw new IllegalArgumentException("unknown option '" + arg + "'");
				} else if (deploymentName == null) {
					deploymentName = arg;
				} else {
					paths.add(Path.of(arg));
				}
			}
			if (deploymentName == null || actions.isEmpty() || !List.of("text", "json").contains(format)) {
				throw new IllegalArgumentException(deploymentName == null ? "name the deployment"
						: actions.isEmpty() ? "give at least one action" : "unknown format '" + format + "'");
			}
		} catch (IllegalArgumentException e) {
			err.println("allstar whatif: " + e.getMessage());
			err.println(USAGE);
			return Main.USAGE;
		}
		return simulate(deploymentName, paths.isEmpty() ? List.of(Path.of(".")) : paths, actions, format, out, err);
	}

	private int simulate(String deploymentName, List<Path> paths, List<ControlAction> actions, String format,
			PrintStream out, PrintStream err) {
		List<Path> files;
		try {
			files = ModelFiles.collect(paths);
		} catch (ModelInputException e) {
			err.println("allstar whatif: " + e.getMessage());
			return Main.USAGE;
		}
		LoadedModels loaded = languages.get(ModelLoader.class).load(files, CancelIndicator.NullImpl);
		if (!NamedElements.loadWell(loaded, "whatif", err)) {
			return Main.PROBLEMS;
		}
		List<Deployment> matches = loaded.named(Deployment.class, deploymentName);
		if (matches.size() != 1) {
			err.println("allstar whatif: " + (matches.isEmpty() ? "no deployment '" : "more than one deployment '")
					+ deploymentName + "'; deployments: " + String.join(", ", loaded
							.named(Deployment.class, null)
							.stream().map(LoadedModels::qualifiedName).toList()));
			return Main.USAGE;
		}
		WhatIfReport report;
		try {
			report = new WhatIf(new Verifier()).simulate(loaded.models(), matches.get(0), actions);
		} catch (IllegalArgumentException e) {
			err.println("allstar whatif: " + e.getMessage());
			return Main.USAGE;
		}
		if (format.equals("json")) {
			out.println(json(report));
		} else {
			report.lines().forEach(out::println);
		}
		return report.harmful() ? Main.PROBLEMS : Main.OK;
	}

	private static String json(WhatIfReport report) {
		StringBuilder json = new StringBuilder("{\n");
		field(json, "deployment", DiagnosticsJson.string(report.deployment()));
		field(json, "actions", list(report.actions(), a -> DiagnosticsJson.string(a.describe())));
		field(json, "critical", String.valueOf(report.critical()));
		field(json, "harmful", String.valueOf(report.harmful()));
		field(json, "steps", String.valueOf(report.after().cycleStart()));
		field(json, "cycleLength", String.valueOf(report.after().cycleLength()));
		field(json, "nodesDown", list(report.nodesDown(), n -> DiagnosticsJson.string(NetworkGraph.nameOf(n))));
		field(json, "nodesFlapping",
				list(report.nodesFlapping(), n -> DiagnosticsJson.string(NetworkGraph.nameOf(n))));
		field(json, "componentsDown", list(report.componentsDown(), c -> DiagnosticsJson.string(c.getName())));
		field(json, "componentsFlapping",
				list(report.componentsFlapping(), c -> DiagnosticsJson.string(c.getName())));
		field(json, "breaks", list(report.breaks(), DiagnosticsJson::string));
		field(json, "newFindings", list(report.newFindings(), WhatIfCommand::finding));
		json.append("  \"resolvedFindings\": ").append(list(report.resolvedFindings(), WhatIfCommand::finding));
		return json.append("\n}").toString();
	}

	private static String finding(Finding finding) {
		return "{\"code\": " + DiagnosticsJson.string(finding.code()) + ", \"severity\": "
				+ DiagnosticsJson.string(finding.severity().name().toLowerCase()) + ", \"message\": "
				+ DiagnosticsJson.string(finding.message()) + "}";
	}

	private static void field(StringBuilder json, String name, String value) {
		json.append("  \"").append(name).append("\": ").append(value).append(",\n");
	}

	private static <T> String list(List<T> items, Function<T, String> write) {
		return "[" + String.join(", ", items.stream().map(write).toList()) + "]";
	}
}

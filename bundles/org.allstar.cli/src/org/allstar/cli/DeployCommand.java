// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.allstar.deploy.DeployException;
import org.allstar.deploy.Deployer;
import org.allstar.deploy.kubernetes.EveryEngine;
import org.allstar.model.Deployment;

/**
 * {@code allstar deploy|status|undeploy DEPLOYMENT [files or folders] [--dry-run] [--keep-going]}: applies a
 * deployment to the docker engines of its providers and to the Kubernetes clusters of those with only an
 * {@code endpoint kubernetes} (converging: only what differs changes), shows what runs, or removes it. Both sides
 * are checked (a dry run of each) before either changes anything. Exit status 0 done, 1 failed (the message
 * names the engine or cluster; a failed apply is rolled back unless --keep-going), 2 a wrong command line.
 */
final class DeployCommand {
	static final String USAGE = "usage: allstar deploy DEPLOYMENT [files or folders, default .] [--dry-run] [--keep-going]\n"
			+ "       allstar status DEPLOYMENT [files or folders]\n"
			+ "       allstar undeploy DEPLOYMENT [files or folders] [--dry-run]";

	private final Languages languages;

	DeployCommand(Languages languages) {
		this.languages = languages;
	}

	int run(String command, List<String> args, PrintStream out, PrintStream err) {
		boolean dryRun = args.contains("--dry-run");
		boolean keepGoing = args.contains("--keep-going");
		List<String> rest = new ArrayList<>();
		for (String a : args) {
			if (a.startsWith("--") && !a.equals("--dry-run") && !(a.equals("--keep-going") && command.equals("deploy"))) {
				err.println("allstar " + command + ": unknown option " + a);
				err.println(USAGE);
				return Main.USAGE;
			}
			if (!a.startsWith("--")) rest.add(a);
		}
		if (rest.isEmpty()) {
			err.println("allstar " + command + ": name the deployment");
			err.println(USAGE);
			return Main.USAGE;
		}
		DeploymentArgument argument = DeploymentArgument.load(languages, command, rest, err);
		if (!argument.ok()) return argument.status();
		Deployment deployment = argument.deployment();
		Deployer.Options options = new Deployer.Options(dryRun, keepGoing, line -> err.println("allstar: " + line));
		try (EveryEngine engines = new EveryEngine(deployment)) {
			return switch (command) {
				case "status" -> status(engines, deployment, out);
				case "undeploy" -> report(engines.undeploy(deployment, options), dryRun, out, err);
				default -> report(engines.apply(deployment, options), dryRun, out, err);
			};
		} catch (DeployException e) {
			err.println("allstar " + command + ": " + e.getMessage());
			return Main.PROBLEMS;
		} catch (RuntimeException e) {
			err.println("allstar " + command + ": the engine failed: " + e.getMessage());
			return Main.PROBLEMS;
		}
	}

	private static int status(EveryEngine engines, Deployment deployment, PrintStream out) {
		List<Deployer.Running> running = engines.containers(deployment);
		for (Deployer.Running r : running) {
			out.println(r.component() + "#" + r.replica() + " on " + r.node() + ": " + r.state() + " (" + r.status() + ") " + r.name()
					+ " [" + r.engine() + "]");
		}
		// a Kubernetes Deployment: its replicas, where the model placed them, how many are ready
		List<Deployer.Running> deployments = engines.clusterDeployments(deployment);
		for (Deployer.Running r : deployments) {
			out.println(r.component() + " ×" + r.replica() + " on " + r.node() + ": " + r.state() + " (" + r.status() + ") " + r.name()
					+ " [" + r.engine() + "]");
		}
		if (running.isEmpty() && deployments.isEmpty()) out.println(deployment.getName() + ": nothing runs");
		return Main.OK;
	}

	private static int report(Deployer.Report report, boolean dryRun, PrintStream out, PrintStream err) {
		for (Deployer.Action a : report.actions()) {
			if (dryRun || a.kind() != Deployer.Kind.KEEP) out.println((dryRun ? "would " : "") + a.describe());
		}
		out.printf("%s%d created, %d replaced, %d removed, %d unchanged%n", dryRun ? "dry run: " : "",
				report.count(Deployer.Kind.CREATE), report.count(Deployer.Kind.REPLACE), report.count(Deployer.Kind.REMOVE),
				report.count(Deployer.Kind.KEEP));
		report.failures().forEach(f -> err.println("failed: " + f));
		if (report.rolledBack() && report.leftBehind().isEmpty()) err.println("rolled back: every engine is as it was before");
		else if (report.rolledBack()) err.println("rolled back, except what follows:");
		report.leftBehind().forEach(l -> err.println("left: " + l));
		return report.ok() ? Main.OK : Main.PROBLEMS;
	}
}

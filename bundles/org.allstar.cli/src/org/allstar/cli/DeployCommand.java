// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.allstar.deploy.DeployException;
import org.allstar.deploy.Deployer;
import org.allstar.deploy.kubernetes.KubernetesDeployer;
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
		boolean kubernetes = KubernetesDeployer.concerns(deployment);
		try (Deployer deployer = new Deployer(); KubernetesDeployer clusters = kubernetes ? new KubernetesDeployer() : null) {
			return switch (command) {
				case "status" -> status(deployer, clusters, deployment, out);
				case "undeploy" -> report(both(options, o -> deployer.undeploy(deployment, o),
						clusters == null ? null : o -> clusters.undeploy(deployment, o)), dryRun, out, err);
				default -> report(both(options, o -> deployer.apply(deployment, o),
						clusters == null ? null : o -> clusters.apply(deployment, o)), dryRun, out, err);
			};
		} catch (DeployException e) {
			err.println("allstar " + command + ": " + e.getMessage());
			return Main.PROBLEMS;
		} catch (RuntimeException e) {
			err.println("allstar " + command + ": the engine failed: " + e.getMessage());
			return Main.PROBLEMS;
		}
	}

	/** Docker alone, or both sides: each is dry-run first (its checks) and neither changes anything if one fails. */
	private static Deployer.Report both(Deployer.Options options, Function<Deployer.Options, Deployer.Report> docker,
			Function<Deployer.Options, Deployer.Report> kubernetes) {
		if (kubernetes == null) return docker.apply(options);
		if (!options.dryRun()) {
			Deployer.Options dry = new Deployer.Options(true, options.keepGoing(), options.progress());
			Deployer.Report checked = merge(docker.apply(dry), kubernetes.apply(dry));
			if (!checked.ok()) return new Deployer.Report(List.of(), checked.failures(), false, List.of());
		}
		return merge(docker.apply(options), kubernetes.apply(options));
	}

	private static Deployer.Report merge(Deployer.Report a, Deployer.Report b) {
		List<Deployer.Action> actions = new ArrayList<>(a.actions());
		actions.addAll(b.actions());
		List<String> failures = new ArrayList<>(a.failures());
		failures.addAll(b.failures());
		List<String> left = new ArrayList<>(a.leftBehind());
		left.addAll(b.leftBehind());
		return new Deployer.Report(actions, failures, a.rolledBack() || b.rolledBack(), left);
	}

	private static int status(Deployer deployer, KubernetesDeployer clusters, Deployment deployment, PrintStream out) {
		List<Deployer.Running> running = deployer.status(deployment);
		for (Deployer.Running r : running) {
			out.println(r.component() + "#" + r.replica() + " on " + r.node() + ": " + r.state() + " (" + r.status() + ") " + r.name()
					+ " [" + r.engine() + "]");
		}
		// a Kubernetes Deployment: its replicas, where the model placed them, how many are ready
		List<Deployer.Running> deployments = clusters == null ? List.of() : clusters.status(deployment);
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

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import org.allstar.lang.load.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.deploy.DeployException;
import org.allstar.deploy.kubernetes.KubernetesDeployer;

import org.allstar.model.Deployment;

/**
 * {@code allstar export k8s DEPLOYMENT [files or folders] [--output FILE.yaml]}: the Kubernetes manifests of a
 * deployment, exactly the objects {@code allstar deploy} applies (namespace, per component a Deployment and a
 * Service), as one YAML stream per cluster, each introduced by a comment naming its cluster. Only nodes of
 * providers with {@code endpoint kubernetes} have manifests. Exit status 0 written, 1 nothing to export or a
 * model error, 2 usage.
 */
final class KubernetesExportCommand {
	static final String USAGE = "usage: allstar export k8s DEPLOYMENT [files or folders, default .] [--output FILE.yaml]";

	private final Languages languages;

	KubernetesExportCommand(Languages languages) {
		this.languages = languages;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>();
		Path output = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--output") && i + 1 < args.size()) {
				output = Path.of(args.get(++i));
			} else if (args.get(i).startsWith("-")) {
				err.println("allstar export k8s: unknown option '" + args.get(i) + "'");
				err.println(USAGE);
				return Main.USAGE;
			} else {
				rest.add(args.get(i));
			}
		}
		if (rest.isEmpty()) {
			err.println("allstar export k8s: name the deployment");
			err.println(USAGE);
			return Main.USAGE;
		}
		DeploymentArgument argument = DeploymentArgument.load(languages, "export k8s", rest, err);
		if (!argument.ok()) return argument.status();
		Deployment deployment = argument.deployment();
		try {
			String yaml = yaml(deployment);
			if (yaml.isEmpty()) {
				err.println("allstar export k8s: " + deployment.getName() + " has no node on a provider with `endpoint kubernetes"
						+ " \"https://host:6443\"`; manifests are per cluster, so give the providers that run it one");
				return Main.PROBLEMS;
			}
			if (output == null) {
				out.print(yaml);
			} else {
				AtomicFiles.write(output, yaml);
				out.println("wrote " + output);
			}
			return Main.OK;
		} catch (DeployException e) {
			err.println("allstar export k8s: " + e.getMessage());
			return Main.PROBLEMS;
		} catch (IOException e) {
			err.println("allstar export k8s: cannot write " + output + ": " + e.getMessage());
			return Main.USAGE;
		}
	}

	private static String yaml(Deployment deployment) {
		StringBuilder text = new StringBuilder();
		try (KubernetesDeployer deployer = new KubernetesDeployer()) {
			deployer.yaml(deployment).forEach((cluster, yaml) -> text.append("# cluster ").append(cluster).append(", deployment ")
					.append(deployment.getName()).append('\n').append(yaml));
		}
		return text.toString();
	}
}

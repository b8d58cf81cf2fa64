// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.allstar.deploy.Deployer;
import org.allstar.deploy.Deployer.Options;
import org.allstar.deploy.Deployer.Report;
import org.allstar.deploy.Deployer.Running;
import org.allstar.model.Deployment;

/**
 * A deployment's docker engines and, where its providers have only an {@code endpoint kubernetes}, its clusters,
 * worked on as one: both sides are checked (a dry run of each) before either changes anything. What
 * {@code allstar deploy|status|undeploy} and the IDE's deploy wizard and Deployments view do.
 */
public final class EveryEngine implements AutoCloseable {
	private final Deployer docker;
	private final KubernetesDeployer clusters;

	/**
	 * Opens the Kubernetes side only when {@code deployment} has one (a kubeconfig is read then); credentials from
	 * the environment, as the command line reads them.
	 */
	public EveryEngine(Deployment deployment) {
		this(deployment, null, null);
	}

	/**
	 * The studio's way: docker TLS client certificates from {@code dockerCertificates} and clusters from the
	 * {@code kubeconfig} file (its preferences); either null reads the environment as the command line does.
	 */
	public EveryEngine(Deployment deployment, Path dockerCertificates, Path kubeconfig) {
		this.docker = new Deployer(dockerCertificates);
		this.clusters = !KubernetesDeployer.concerns(deployment) ? null
				: kubeconfig == null ? new KubernetesDeployer() : new KubernetesDeployer(kubeconfig);
	}

	public Report apply(Deployment deployment, Options options) {
		return both(options, o -> docker.apply(deployment, o), clusters == null ? null : o -> clusters.apply(deployment, o));
	}

	public Report undeploy(Deployment deployment, Options options) {
		return both(options, o -> docker.undeploy(deployment, o), clusters == null ? null : o -> clusters.undeploy(deployment, o));
	}

	/** The deployment's containers on its docker engines. */
	public List<Running> containers(Deployment deployment) {
		return docker.status(deployment);
	}

	/** Per Kubernetes Deployment: its replicas (in the replica field), where the model placed them, how many are ready. */
	public List<Running> clusterDeployments(Deployment deployment) {
		return clusters == null ? List.of() : clusters.status(deployment);
	}

	private static Report both(Options options, Function<Options, Report> docker, Function<Options, Report> kubernetes) {
		if (kubernetes == null) return docker.apply(options);
		if (!options.dryRun()) {
			Options dry = new Options(true, options.keepGoing(), options.progress());
			Report checked = merge(docker.apply(dry), kubernetes.apply(dry));
			if (!checked.ok()) return new Report(List.of(), checked.failures(), false, List.of());
		}
		return merge(docker.apply(options), kubernetes.apply(options));
	}

	private static Report merge(Report a, Report b) {
		List<Deployer.Action> actions = new ArrayList<>(a.actions());
		actions.addAll(b.actions());
		List<String> failures = new ArrayList<>(a.failures());
		failures.addAll(b.failures());
		List<String> left = new ArrayList<>(a.leftBehind());
		left.addAll(b.leftBehind());
		return new Report(actions, failures, a.rolledBack() || b.rolledBack(), left);
	}

	@Override
	public void close() {
		try {
			docker.close();
		} finally {
			if (clusters != null) clusters.close();
		}
	}
}

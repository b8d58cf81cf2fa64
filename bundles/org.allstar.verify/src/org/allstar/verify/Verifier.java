// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.rules.AcceleratorRule;
import org.allstar.verify.rules.ArchitectureRule;
import org.allstar.verify.rules.AvailabilityRule;
import org.allstar.verify.rules.BandwidthRule;
import org.allstar.verify.rules.BudgetRule;
import org.allstar.verify.rules.CapacityRule;
import org.allstar.verify.rules.IsolationRule;
import org.allstar.verify.rules.LatencyRule;
import org.allstar.verify.rules.ReputationRule;
import org.allstar.verify.rules.ResidencyRule;
import org.allstar.verify.rules.SlaRule;
import org.allstar.verify.rules.StateRule;

/**
 * The HASKIT verifier: checks deployments against the non-functional rules of DESIGN §4. Headless; it needs only
 * the metamodel. The language's validator calls it, so the CLI and the editor show its findings.
 * <p>
 * Incremental: a verifier keeps the network graph and every route it found for as long as the links (their ends,
 * latencies and direction) and the nodes of the linked providers stay the same. Routing is nearly all of the cost
 * of a verification, so after an edit of an application, a deployment, an SLA or a node's resources, only the
 * rules of the deployments asked for run again, over routes already known. An edit of the network rebuilds it.
 */
public class Verifier {

	private final List<Rule> rules;
	private NetworkGraph network;
	private long networkFingerprint;

	/** The verifier with every rule, without a chain to read reputations from. */
	public Verifier() {
		this(ReputationSource.NONE);
	}

	/** The verifier with every rule, reading provider reputations from {@code reputations}. */
	public Verifier(ReputationSource reputations) {
		this(List.of(new StateRule(), new CapacityRule(), new AcceleratorRule(), new ArchitectureRule(),
				new LatencyRule(), new ResidencyRule(), new IsolationRule(), BudgetRule.cost(), BudgetRule.energy(),
				new BandwidthRule(), new AvailabilityRule(), new SlaRule(), new ReputationRule(reputations)));
	}

	public Verifier(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Findings for every deployment in {@code scope}, over the networks declared anywhere in {@code models}. */
	public synchronized List<Finding> verify(Collection<Model> models, Collection<Deployment> scope) {
		NetworkGraph graph = network(models.stream().flatMap(m -> m.getElements().stream())
				.filter(Network.class::isInstance).map(Network.class::cast).toList());
		List<Node> nodes = models.stream().flatMap(m -> m.getElements().stream()).filter(Provider.class::isInstance)
				.flatMap(p -> ((Provider) p).getNodes().stream()).toList();
		List<Finding> findings = new ArrayList<>();
		for (Deployment deployment : scope) {
			DeploymentView view = new DeploymentView(deployment, graph, nodes);
			graph.route(view.flowEndpoints());
			for (Rule rule : rules) {
				rule.check(view, findings::add);
			}
		}
		return findings;
	}

	/** The graph of {@code networks}: the one built before while they are unchanged, else a new one. */
	private NetworkGraph network(List<Network> networks) {
		long fingerprint = NetworkGraph.fingerprint(networks);
		if (network == null || fingerprint != networkFingerprint) {
			network = NetworkGraph.of(networks);
			networkFingerprint = fingerprint;
		}
		return network;
	}

	/** The graph the last verification used, for tests and benchmarks that look at what is kept. */
	public synchronized NetworkGraph lastNetwork() {
		return network;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.rules.AcceleratorRule;
import org.allstar.verify.rules.ArchitectureRule;
import org.allstar.verify.rules.AvailabilityRule;
import org.allstar.verify.rules.BandwidthRule;
import org.allstar.verify.rules.BudgetRule;
import org.allstar.verify.rules.CapacityRule;
import org.allstar.verify.rules.IsolationRule;
import org.allstar.verify.rules.LatencyRule;
import org.allstar.verify.rules.ResidencyRule;
import org.allstar.verify.rules.SlaRule;
import org.allstar.verify.rules.StateRule;

/**
 * The HASKIT verifier: checks deployments against the non-functional rules of DESIGN §4. Headless; it needs only
 * the metamodel. The language's validator calls it, so the CLI and the editor show its findings.
 */
public class Verifier {

	private final List<Rule> rules;

	/** The verifier with every rule implemented so far. */
	public Verifier() {
		this(List.of(new StateRule(), new CapacityRule(), new AcceleratorRule(), new ArchitectureRule(),
				new LatencyRule(), new ResidencyRule(), new IsolationRule(), BudgetRule.cost(), BudgetRule.energy(),
				new BandwidthRule(), new AvailabilityRule(), new SlaRule()));
	}

	public Verifier(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Findings for every deployment in {@code scope}, over the networks declared anywhere in {@code models}. */
	public List<Finding> verify(Collection<Model> models, Collection<Deployment> scope) {
		NetworkGraph network = NetworkGraph.of(models.stream().flatMap(m -> m.getElements().stream())
				.filter(Network.class::isInstance).map(Network.class::cast).toList());
		List<Finding> findings = new ArrayList<>();
		for (Deployment deployment : scope) {
			DeploymentView view = new DeploymentView(deployment, network);
			for (Rule rule : rules) {
				rule.check(view, findings::add);
			}
		}
		return findings;
	}
}

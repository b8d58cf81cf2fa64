// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.DEPLOYMENT__APPLICATION;

import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.Flow;
import org.allstar.model.Link;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.network.NetworkPath;

/**
 * Flows routed over a link (along the same shortest-latency paths the latency rule uses, between the first nodes
 * of their components) do not need more than the link's bandwidth in total.
 */
public class BandwidthRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Application application = deployment.deployment().getApplication();
		if (application == null || application.eIsProxy()) {
			return;
		}
		Map<Link, Rational> load = new LinkedHashMap<>();
		for (Flow flow : application.getFlows()) {
			Optional<Rational> needs = Quantities.valueIn(flow.getBandwidth(), Unit.MBPS);
			Placement from = deployment.placementOf(flow.getSource());
			Placement to = deployment.placementOf(flow.getTarget());
			if (needs.isEmpty() || from == null || to == null) {
				continue;
			}
			Node a = DeploymentView.resolvedNodes(from).get(0);
			Node b = DeploymentView.resolvedNodes(to).get(0);
			Optional<NetworkPath> path = deployment.network().shortestPath(a, b);
			path.ifPresent(p -> p.links().forEach(link -> load.merge(link, needs.get(), Rational::add)));
		}
		load.forEach((link, needed) -> Quantities.valueIn(link.getBandwidth(), Unit.MBPS)
				.filter(capacity -> needed.compareTo(capacity) > 0)
				.ifPresent(capacity -> findings.accept(Finding.error(VerifyCodes.BANDWIDTH,
						"The flows routed over the link " + NetworkGraph.nameOf(link.getSource()) + " – "
								+ NetworkGraph.nameOf(link.getTarget()) + " need " + mbps(needed) + " Mbps, it has "
								+ mbps(capacity) + " Mbps.",
						deployment.deployment(), DEPLOYMENT__APPLICATION))));
	}

	private static String mbps(Rational value) {
		return value.toBigDecimal(new MathContext(6)).toPlainString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Requirement;
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
 * Each flow's latency bound holds over the shortest network path between every pair of nodes its two components
 * run on (the same node costs nothing), and each end-to-end latency requirement holds summed along its component
 * path. No path at all is an error too.
 */
public class LatencyRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Application application = deployment.deployment().getApplication();
		if (application == null || application.eIsProxy()) {
			return;
		}
		for (Flow flow : application.getFlows()) {
			checkFlow(deployment, flow, findings);
		}
		for (Requirement requirement : application.getRequirements()) {
			if (requirement instanceof LatencyRequirement latency) {
				checkEndToEnd(deployment, latency, findings);
			}
		}
	}

	private static void checkFlow(DeploymentView deployment, Flow flow, Consumer<Finding> findings) {
		Placement from = deployment.placementOf(flow.getSource());
		Placement to = deployment.placementOf(flow.getTarget());
		if (from == null || to == null) {
			return;
		}
		Optional<Rational> bound = Quantities.valueIn(flow.getLatency(), Unit.MILLISECOND);
		for (Node a : DeploymentView.resolvedNodes(from)) {
			for (Node b : DeploymentView.resolvedNodes(to)) {
				Optional<NetworkPath> path = deployment.network().shortestPath(a, b);
				String pair = flow.getSource().getName() + " → " + flow.getTarget().getName();
				if (path.isEmpty()) {
					findings.accept(unreachable(pair, a, b, to));
				} else if (bound.isPresent() && path.get().latencyMs().compareTo(bound.get()) >= 0) {
					Finding late = Finding.error(VerifyCodes.LATENCY, pair + " needs < " + bound.get() + " ms, best path "
							+ path.get().describe() + " is " + path.get().latencyMs() + " ms over "
							+ path.get().links().size() + " link(s).", to, PLACEMENT__NODES);
					findings.accept(Relocation.withRoutedMove(late, deployment, to, b, n -> deployment.network()
							.shortestPath(a, n).filter(p -> p.latencyMs().compareTo(bound.get()) < 0).isPresent()));
				}
			}
		}
	}

	private static void checkEndToEnd(DeploymentView deployment, LatencyRequirement requirement,
			Consumer<Finding> findings) {
		Optional<Rational> bound = Quantities.valueIn(requirement.getBound(), Unit.MILLISECOND);
		List<Component> path = requirement.getPath();
		if (bound.isEmpty() || path.size() < 2) {
			return;
		}
		Rational total = Rational.ZERO;
		Placement last = null;
		for (int i = 0; i + 1 < path.size(); i++) {
			Placement from = deployment.placementOf(path.get(i));
			Placement to = deployment.placementOf(path.get(i + 1));
			if (from == null || to == null) {
				return;
			}
			Node a = DeploymentView.resolvedNodes(from).get(0);
			Node b = DeploymentView.resolvedNodes(to).get(0);
			Optional<NetworkPath> hop = deployment.network().shortestPath(a, b);
			if (hop.isEmpty()) {
				return; // the flow check reports the missing path where a flow exists
			}
			total = total.add(hop.get().latencyMs());
			last = to;
		}
		if (total.compareTo(bound.get()) >= 0) {
			String names = String.join(" → ", path.stream().map(Component::getName).toList());
			findings.accept(Finding.error(VerifyCodes.LATENCY, "End-to-end latency " + names + " is " + total
					+ " ms over the network, the application requires < " + bound.get() + " ms.", last,
					PLACEMENT__NODES));
		}
	}

	private static Finding unreachable(String pair, Node a, Node b, Placement at) {
		return Finding.error(VerifyCodes.LATENCY, pair + ": no network path from "
				+ NetworkGraph.nameOf(a) + " to "
				+ NetworkGraph.nameOf(b) + "; declare a link in a network.", at,
				PLACEMENT__NODES);
	}
}

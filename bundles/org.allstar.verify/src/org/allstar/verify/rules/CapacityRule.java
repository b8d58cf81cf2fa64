// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.allstar.model.Accelerator;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.NeedKind;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.quantity.Rational;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Resource;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;

/**
 * Per node, the summed CPU, memory and storage of the replicas placed on it, and the accelerators they require,
 * stay within what the node has. A node that does not declare a resource is not checked for it.
 */
public class CapacityRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		for (Map.Entry<Node, List<Placement>> entry : deployment.replicasByNode().entrySet()) {
			Node node = entry.getKey();
			List<Placement> replicas = entry.getValue();
			for (Resource resource : Resource.values()) {
				checkResource(deployment, node, replicas, resource, findings);
			}
			checkAccelerators(deployment, node, replicas, findings);
		}
	}

	private static void checkResource(DeploymentView deployment, Node node, List<Placement> replicas,
			Resource resource, Consumer<Finding> findings) {
		Rational offered = resource.offeredBy(node).orElse(null);
		if (offered == null) {
			return;
		}
		Rational asked = resource.askedBy(replicas.stream().map(Placement::getComponent).toList());
		if (asked.compareTo(offered) > 0) {
			Placement last = replicas.get(replicas.size() - 1);
			findings.accept(Relocation.withMove(Finding.error(VerifyCodes.CAPACITY,
					NetworkGraph.nameOf(node) + " is over its " + resource.label() + ": " + replicas.size()
							+ " replica(s) ask " + asked + " " + resource.unit().symbol() + ", it has " + offered + " "
							+ resource.unit().symbol() + " (" + components(replicas) + ").",
					last, PLACEMENT__NODES), deployment, last, node));
		}
	}

	private static void checkAccelerators(DeploymentView deployment, Node node, List<Placement> replicas,
			Consumer<Finding> findings) {
		for (Placement replica : replicas) {
			AcceleratorNeed need = replica.getComponent().getAccelerator();
			if (need == null || need.getNeed() != NeedKind.REQUIRED) {
				continue;
			}
			int asked = replicas.stream().map(p -> p.getComponent().getAccelerator())
					.filter(n -> n != null && n.getNeed() == NeedKind.REQUIRED && n.getKind() == need.getKind())
					.mapToInt(AcceleratorNeed::getCount).sum();
			int offered = node.getAccelerators().stream().filter(a -> a.getKind() == need.getKind())
					.mapToInt(Accelerator::getCount).sum();
			if (offered > 0 && asked > offered) {
				findings.accept(Relocation.withMove(Finding.error(VerifyCodes.CAPACITY, NetworkGraph.nameOf(node) + " has " + offered
						+ " " + need.getKind().getLiteral() + "(s) but the replicas on it require " + asked + " ("
						+ components(replicas) + ").", replica, PLACEMENT__NODES), deployment, replica, node));
				return;
			}
		}
	}

	private static String components(List<Placement> replicas) {
		return String.join(", ", replicas.stream().map(p -> p.getComponent().getName()).distinct().toList());
	}
}

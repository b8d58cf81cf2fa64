// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.allstar.model.IsolationFeature;
import org.allstar.model.IsolationLevel;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Trust;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;

/**
 * A component that needs an enclave runs only on nodes with SGX, TrustZone or SEV; an untrusted component never
 * shares a node with a safety-critical one.
 */
public class IsolationRule implements Rule {

	public static final Set<IsolationFeature> ENCLAVES = Set.of(IsolationFeature.SGX, IsolationFeature.TRUSTZONE,
			IsolationFeature.SEV);

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		for (Placement placement : deployment.placements()) {
			if (placement.getComponent().getIsolation() != IsolationLevel.ENCLAVE) {
				continue;
			}
			for (Node node : DeploymentView.resolvedNodes(placement)) {
				if (node.getIsolation().stream().noneMatch(ENCLAVES::contains)) {
					findings.accept(Relocation.withMove(Finding.error(VerifyCodes.ISOLATION, "'"
							+ placement.getComponent().getName() + "' needs an enclave, but "
							+ NetworkGraph.nameOf(node) + " offers none of sgx, trustzone, sev.", placement,
							PLACEMENT__NODES), deployment, placement, node));
				}
			}
		}
		for (Map.Entry<Node, List<Placement>> entry : deployment.replicasByNode().entrySet()) {
			List<Placement> here = entry.getValue();
			Placement untrusted = first(here, Trust.UNTRUSTED);
			Placement critical = first(here, Trust.CRITICAL);
			if (untrusted != null && critical != null) {
				findings.accept(Finding.error(VerifyCodes.ISOLATION, "Untrusted '" + untrusted.getComponent().getName()
						+ "' and safety-critical '" + critical.getComponent().getName() + "' share "
						+ NetworkGraph.nameOf(entry.getKey()) + "; place them on different nodes.", critical,
						PLACEMENT__NODES));
			}
		}
	}

	private static Placement first(List<Placement> placements, Trust trust) {
		return placements.stream().filter(p -> p.getComponent().getTrust() == trust).findFirst().orElse(null);
	}
}

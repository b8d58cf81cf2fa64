// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.function.Consumer;

import org.allstar.model.Node;
import org.allstar.model.NodeState;
import org.allstar.model.Placement;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;

/** No placement on an offline or withdrawn node; a busy node is a warning. */
public class StateRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		for (Placement placement : deployment.placements()) {
			for (Node node : DeploymentView.resolvedNodes(placement)) {
				String where = "'" + placement.getComponent().getName() + "' is placed on "
						+ NetworkGraph.nameOf(node) + ", which is " + node.getState().getLiteral();
				if (node.getState() == NodeState.OFFLINE || node.getState() == NodeState.WITHDRAWN) {
					findings.accept(Relocation.withMove(Finding.error(VerifyCodes.STATE,
							where + "; place it on an available node.", placement, PLACEMENT__NODES), deployment,
							placement, node));
				} else if (node.getState() == NodeState.BUSY) {
					findings.accept(Finding.warning(VerifyCodes.STATE, where + "; it may not get the resources.",
							placement, PLACEMENT__NODES));
				}
			}
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.function.Consumer;

import org.allstar.model.DataClass;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;

/** A component that handles a data class runs only on nodes whose provider's region its residency allows (GDPR). */
public class ResidencyRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		for (Placement placement : deployment.placements()) {
			for (DataClass data : placement.getComponent().getHandles()) {
				if (data.eIsProxy() || data.getResidency().isEmpty()) {
					continue;
				}
				for (Node node : DeploymentView.resolvedNodes(placement)) {
					String region = regionOf(node);
					if (data.getResidency().stream().noneMatch(area -> Jurisdictions.allows(area, region))) {
						findings.accept(Relocation.withMove(Finding.error(VerifyCodes.RESIDENCY, "'" + placement.getComponent().getName()
								+ "' handles " + data.getName() + ", which must stay in " + String.join(", ",
										data.getResidency()) + ", but " + NetworkGraph.nameOf(node) + " is in region "
								+ (region == null ? "(none declared)" : "\"" + region + "\"") + ".",
								placement, PLACEMENT__NODES), deployment, placement, node));
					}
				}
			}
		}
	}

	/** The region of the node's provider, null when it declares none. */
	public static String regionOf(Node node) {
		return node.eContainer() instanceof Provider provider ? provider.getRegion() : null;
	}
}

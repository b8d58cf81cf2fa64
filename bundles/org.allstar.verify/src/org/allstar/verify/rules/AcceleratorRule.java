// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.function.Consumer;

import org.allstar.model.Accelerator;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.NeedKind;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;

/**
 * A required accelerator (kind, vendor, memory) exists on every node of the component; a preferred one without a
 * match is a warning, and the component then runs its CPU image.
 */
public class AcceleratorRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		for (Placement placement : deployment.placements()) {
			AcceleratorNeed need = placement.getComponent().getAccelerator();
			if (need == null) {
				continue;
			}
			for (Node node : DeploymentView.resolvedNodes(placement)) {
				if (node.getAccelerators().stream().noneMatch(a -> matches(a, need))) {
					findings.accept(Relocation.withMove(finding(placement, node, need), deployment, placement, node));
				}
			}
		}
	}

	public static boolean matches(Accelerator accelerator, AcceleratorNeed need) {
		if (accelerator.getKind() != need.getKind()) {
			return false;
		}
		if (need.getVendor() != null && !need.getVendor().equalsIgnoreCase(accelerator.getVendor())) {
			return false;
		}
		if (need.getMinMemory() == null) {
			return true;
		}
		var has = Quantities.valueIn(accelerator.getMemory(), Unit.GIGABYTE);
		var wants = Quantities.valueIn(need.getMinMemory(), Unit.GIGABYTE);
		return has.isPresent() && wants.isPresent() && has.get().compareTo(wants.get()) >= 0;
	}

	private static Finding finding(Placement placement, Node node, AcceleratorNeed need) {
		String wanted = need.getKind().getLiteral() + (need.getVendor() == null ? "" : " from " + need.getVendor())
				+ (need.getMinMemory() == null ? ""
						: " with at least " + Quantities.format(need.getMinMemory()));
		String verb = need.getNeed() == NeedKind.REQUIRED ? " requires a " : " prefers a ";
		String message = "'" + placement.getComponent().getName() + "'" + verb
				+ wanted + ", but " + NetworkGraph.nameOf(node) + " has "
				+ (node.getAccelerators().isEmpty() ? "no accelerator" : "none that matches");
		if (need.getNeed() == NeedKind.REQUIRED) {
			return Finding.error(VerifyCodes.ACCELERATOR, message + ".", placement, PLACEMENT__NODES);
		}
		return Finding.warning(VerifyCodes.ACCELERATOR, message + "; it runs its CPU image there.", placement,
				PLACEMENT__NODES);
	}
}

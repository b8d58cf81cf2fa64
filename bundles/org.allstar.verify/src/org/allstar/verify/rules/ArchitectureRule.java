// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.PLACEMENT__NODES;

import java.util.function.Consumer;

import org.allstar.model.Architecture;
import org.allstar.model.Component;
import org.allstar.model.ImageVariant;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;

/**
 * An image exists for each node's architecture. The plain {@code image} is taken to be built for amd64 (the common
 * case for registries); other architectures need a {@code variant} that names them. A component with no image at
 * all is not checked.
 */
public class ArchitectureRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		for (Placement placement : deployment.placements()) {
			Component component = placement.getComponent();
			for (Node node : DeploymentView.resolvedNodes(placement)) {
				if (!hasImageFor(component, node.getArch())) {
					findings.accept(Relocation.withMove(Finding.error(VerifyCodes.ARCHITECTURE,
							"'" + component.getName() + "' has no image for " + node.getArch().getLiteral() + " (node "
									+ NetworkGraph.nameOf(node) + "); add a variant " + node.getArch().getLiteral()
									+ " \"...\" or place it on an amd64 node.",
							placement, PLACEMENT__NODES), deployment, placement, node));
				}
			}
		}
	}

	public static boolean hasImageFor(Component component, Architecture arch) {
		if (component.getImage() == null && component.getVariants().isEmpty()) {
			return true; // no image written yet: nothing to check against the hardware
		}
		if (arch == Architecture.AMD64 && component.getImage() != null) {
			return true;
		}
		return component.getVariants().stream().anyMatch(v -> archOf(v) == arch);
	}

	private static Architecture archOf(ImageVariant variant) {
		return variant.isSetArch() ? variant.getArch() : Architecture.AMD64;
	}
}

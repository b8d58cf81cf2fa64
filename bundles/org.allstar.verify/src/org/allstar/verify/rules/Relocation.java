// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.allstar.model.AcceleratorNeed;
import org.allstar.model.Component;
import org.allstar.model.DataClass;
import org.allstar.model.IsolationLevel;
import org.allstar.model.NeedKind;
import org.allstar.model.Node;
import org.allstar.model.NodeState;
import org.allstar.model.Placement;
import org.allstar.model.PlacementHint;
import org.allstar.model.Provider;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Resource;
import org.allstar.verify.network.NetworkGraph;

/**
 * Quick-fix data for findings about where a component runs: the first node that could take the component instead
 * of the one at fault. A candidate is available, has an image for its architecture, the required accelerator, an
 * enclave if one is needed, a region the component's data may live in, and room left for one more replica. Nodes
 * of the tier the component's placement hint names come first; within them, nodes the deployment already uses
 * (they cost nothing extra), then the others in model order.
 */
final class Relocation {

	/** Enough to find a fix in real models without searching the routes to every node of a huge one. */
	private static final int MAX_ROUTED_CANDIDATES = 50;

	private Relocation() {
	}

	/** {@code finding} with {@code moveTo} (and {@code from}) when a node can take the component. */
	static Finding withMove(Finding finding, DeploymentView view, Placement placement, Node leaving) {
		return target(view, placement, leaving, node -> true).map(node -> move(finding, leaving, node))
				.orElse(finding);
	}

	/** As {@link #withMove}, among nodes that also pass {@code routed} (a test that searches routes). */
	static Finding withRoutedMove(Finding finding, DeploymentView view, Placement placement, Node leaving,
			Predicate<Node> routed) {
		return candidates(view, placement, leaving).limit(MAX_ROUTED_CANDIDATES).filter(routed).findFirst()
				.map(node -> move(finding, leaving, node)).orElse(finding);
	}

	private static Finding move(Finding finding, Node leaving, Node node) {
		return new Finding(finding.code(), finding.severity(), finding.message(), finding.target(), finding.feature(),
				Map.of("moveTo", NetworkGraph.nameOf(node), "from", NetworkGraph.nameOf(leaving)));
	}

	static Optional<Node> target(DeploymentView view, Placement placement, Node leaving, Predicate<Node> also) {
		return candidates(view, placement, leaving).filter(also).findFirst();
	}

	private static Stream<Node> candidates(DeploymentView view, Placement placement, Node leaving) {
		Component component = placement.getComponent();
		List<Node> current = DeploymentView.resolvedNodes(placement);
		Stream<Node> used = view.replicasByNode().keySet().stream();
		Stream<Node> others = view.candidateNodes().stream().filter(n -> !view.replicasByNode().containsKey(n));
		PlacementHint hint = component.getPlacement();
		Comparator<Node> hintedTierFirst = Comparator.comparing(n -> hint != null
				&& !(n.eContainer() instanceof Provider p && p.getKind() == hint.getTier()));
		return Stream.concat(used, others).sorted(hintedTierFirst).filter(n -> n != leaving && !current.contains(n))
				.filter(n -> n.getState() == NodeState.AVAILABLE)
				.filter(n -> ArchitectureRule.hasImageFor(component, n.getArch()))
				.filter(n -> hasAccelerator(component.getAccelerator(), n)).filter(n -> hasEnclave(component, n))
				.filter(n -> inAllowedRegion(component, n)).filter(n -> hasRoom(view, n, component));
	}

	private static boolean hasAccelerator(AcceleratorNeed need, Node node) {
		return need == null || need.getNeed() != NeedKind.REQUIRED
				|| node.getAccelerators().stream().anyMatch(a -> AcceleratorRule.matches(a, need));
	}

	private static boolean hasEnclave(Component component, Node node) {
		return component.getIsolation() != IsolationLevel.ENCLAVE
				|| node.getIsolation().stream().anyMatch(IsolationRule.ENCLAVES::contains);
	}

	private static boolean inAllowedRegion(Component component, Node node) {
		String region = ResidencyRule.regionOf(node);
		for (DataClass data : component.getHandles()) {
			if (!data.eIsProxy() && !data.getResidency().isEmpty()
					&& data.getResidency().stream().noneMatch(area -> Jurisdictions.allows(area, region))) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasRoom(DeploymentView view, Node node, Component component) {
		List<Component> there = new ArrayList<>(List.of(component));
		view.replicasByNode().getOrDefault(node, List.of()).forEach(replica -> there.add(replica.getComponent()));
		return Resource.fitsAll(node, there);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Flow;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.network.NetworkGraph;

/**
 * A deployment as the rules see it: which replicas of which component run on which node (replicas are spread over
 * the listed nodes in turn), and the network they communicate over. Unresolved references are skipped: the
 * language reports them already.
 */
public final class DeploymentView {

	private final Deployment deployment;
	private final NetworkGraph network;
	private final Map<Node, List<Placement>> replicasByNode = new LinkedHashMap<>();
	private final Map<Component, Placement> placementByComponent = new LinkedHashMap<>();
	private final List<Node> candidateNodes;
	private Rational availability;
	private static final MathContext AVAILABILITY_PRECISION = new MathContext(50);

	public DeploymentView(Deployment deployment, NetworkGraph network) {
		this(deployment, network, List.of());
	}

	/**
	 * The view of {@code deployment} over {@code network}; {@code candidateNodes} are the nodes quick fixes may
	 * propose (every node of the models).
	 */
	public DeploymentView(Deployment deployment, NetworkGraph network, List<Node> candidateNodes) {
		this.deployment = deployment;
		this.network = network;
		this.candidateNodes = candidateNodes;
		for (Placement placement : deployment.getPlacements()) {
			Component component = placement.getComponent();
			List<Node> nodes = resolvedNodes(placement);
			if (component == null || component.eIsProxy() || nodes.isEmpty()) {
				continue;
			}
			placementByComponent.putIfAbsent(component, placement);
			int replicas = Math.max(component.getReplicas(), nodes.size());
			for (int i = 0; i < replicas; i++) {
				replicasByNode.computeIfAbsent(nodes.get(i % nodes.size()), n -> new ArrayList<>()).add(placement);
			}
		}
	}

	public Deployment deployment() {
		return deployment;
	}

	public NetworkGraph network() {
		return network;
	}

	/** Every node of the models, where a quick fix may move a component. */
	public List<Node> candidateNodes() {
		return candidateNodes;
	}

	/** Each node with one entry per replica placed on it. */
	public Map<Node, List<Placement>> replicasByNode() {
		return replicasByNode;
	}

	/** The placements whose component and nodes resolved. */
	public List<Placement> placements() {
		return List.copyOf(placementByComponent.values());
	}

	/** The placement of {@code component} in this deployment, if any. */
	public Placement placementOf(Component component) {
		return placementByComponent.get(component);
	}

	/**
	 * Every pair of nodes that a flow of the application connects (each node of the source component with each node
	 * of the target's): the routes the latency and bandwidth rules will ask for.
	 */
	public List<List<Node>> flowEndpoints() {
		List<List<Node>> pairs = new ArrayList<>();
		Application application = deployment.getApplication();
		if (application == null || application.eIsProxy()) {
			return pairs;
		}
		for (Flow flow : application.getFlows()) {
			Placement from = placementOf(flow.getSource());
			Placement to = placementOf(flow.getTarget());
			if (from != null && to != null) {
				for (Node a : resolvedNodes(from)) {
					for (Node b : resolvedNodes(to)) {
						pairs.add(List.of(a, b));
					}
				}
			}
		}
		return pairs;
	}

	public static List<Node> resolvedNodes(Placement placement) {
		return placement.getNodes().stream().filter(n -> !n.eIsProxy()).toList();
	}

	/**
	 * The fraction of time every component has at least one node up: the nodes of one component in parallel, the
	 * components in series, components on the same set of nodes counted once (they fail together), nodes failing
	 * independently; a node without a declared availability counts as always up. Computed once; several rules use it.
	 */
	public Rational availability() {
		if (availability == null) {
			Rational all = Rational.ONE;
			Set<Set<Node>> counted = new HashSet<>();
			for (Placement placement : placements()) {
				if (counted.add(Set.copyOf(resolvedNodes(placement)))) {
					Rational allDown = Rational.ONE;
					for (Node node : resolvedNodes(placement)) {
						allDown = allDown.multiply(Rational.ONE.subtract(upFraction(node)));
					}
					all = rounded(all.multiply(Rational.ONE.subtract(allDown)));
				}
			}
			availability = all;
		}
		return availability;
	}

	/**
	 * About fifty significant digits (a denominator of at most 166 bits is kept as it is): exact for any product of a handful of declared percentages (so bounds met exactly
	 * still pass), while a thousand factors in series no longer grow thousand-digit fractions.
	 */
	private static Rational rounded(Rational value) {
		return value.denominator().bitLength() <= 166 ? value : Rational.of(value.toBigDecimal(AVAILABILITY_PRECISION));
	}

	private static Rational upFraction(Node node) {
		return Quantities.valueIn(node.getAvailability(), Unit.PERCENT).map(p -> p.divide(Rational.of(100)))
				.orElse(Rational.ONE);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.Host;
import org.allstar.model.Link;
import org.allstar.model.Node;
import org.allstar.model.NodeState;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Resource;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The infrastructure of one deployment as a Boolean network: every node, link and placed component is up or down,
 * and each is updated, all at once, from what it depends on in the previous state.
 * <ul>
 * <li>a node is up when it is available (not offline, withdrawn or drained) and the replicas that were up on it
 * fit its CPU, memory and storage; an overloaded node fails;</li>
 * <li>a link is up when it is not cut and the hosts at both ends are up (a provider is up while one of its nodes
 * is);</li>
 * <li>a component is up when one of its nodes is up and, for every flow into it, the flow's source is up and one
 * of its nodes reaches one of this component's nodes over links that are up.</li>
 * </ul>
 * Iterating from a state reaches a fixed point or a cycle (the state space is finite); a cycle is the system
 * flapping, for example a node that fails under load, recovers once its replicas are gone, and fails again when
 * they restart.
 */
public final class BooleanNetwork {

	/** One state: what is up. Immutable, compared by content. */
	public record State(Set<Node> nodesUp, Set<Link> linksUp, Set<Component> componentsUp) {
	}

	private final DeploymentView deployment;
	private final List<Node> nodes;
	private final List<Link> links;
	private final List<Component> components;
	private final List<Flow> flows;
	private final Set<Node> drained;
	private final Set<Link> cut;
	private final Set<Component> stopped;

	/**
	 * The network of {@code deployment} over {@code links}, with the nodes an operator drained, the links cut and
	 * the components stopped: these stay down whatever else holds.
	 */
	public BooleanNetwork(DeploymentView deployment, List<Link> links, Set<Node> drained, Set<Link> cut,
			Set<Component> stopped) {
		this.deployment = deployment;
		// a link whose end did not resolve carries nothing; the language reports it already
		this.links = links.stream().filter(l -> resolved(l.getSource()) && resolved(l.getTarget())).toList();
		this.drained = Set.copyOf(drained);
		this.cut = Set.copyOf(cut);
		this.stopped = Set.copyOf(stopped);
		Set<Node> involved = new LinkedHashSet<>(deployment.replicasByNode().keySet());
		for (Link link : this.links) {
			involved.addAll(nodesOf(link.getSource()));
			involved.addAll(nodesOf(link.getTarget()));
		}
		this.nodes = List.copyOf(involved);
		this.components = deployment.placements().stream().map(Placement::getComponent).toList();
		Application application = deployment.deployment().getApplication();
		this.flows = application == null || application.eIsProxy() ? List.of() : List.copyOf(application.getFlows());
	}

	/** Everything that is not drained, offline, withdrawn or cut is up: the state before the action takes effect. */
	public State allUp() {
		return new State(Set.copyOf(nodes.stream().filter(this::available).toList()),
				Set.copyOf(links.stream().filter(l -> !cut.contains(l)).toList()),
				Set.copyOf(components.stream().filter(c -> !stopped.contains(c)).toList()));
	}

	/** The next state, every variable updated from {@code state}. */
	public State step(State state) {
		Set<Node> nodesUp = new HashSet<>();
		for (Node node : nodes) {
			if (available(node) && fits(node, state)) {
				nodesUp.add(node);
			}
		}
		Set<Link> linksUp = new HashSet<>();
		for (Link link : links) {
			if (!cut.contains(link) && hostUp(link.getSource(), state) && hostUp(link.getTarget(), state)) {
				linksUp.add(link);
			}
		}
		Reachability reach = new Reachability(state);
		Set<Component> componentsUp = new HashSet<>();
		for (Component component : components) {
			if (componentUp(component, state, reach)) {
				componentsUp.add(component);
			}
		}
		return new State(Set.copyOf(nodesUp), Set.copyOf(linksUp), Set.copyOf(componentsUp));
	}

	/**
	 * The states from {@code start} (null: {@link #allUp()}) until one repeats: the trajectory and where its cycle
	 * starts.
	 */
	public Run run(State start, int maxSteps) {
		List<State> states = new ArrayList<>();
		Map<State, Integer> seen = new HashMap<>();
		State state = start == null ? allUp() : start;
		while (!seen.containsKey(state) && states.size() < maxSteps) {
			seen.put(state, states.size());
			states.add(state);
			state = step(state);
		}
		Integer cycleStart = seen.get(state);
		return new Run(states, cycleStart == null ? -1 : cycleStart);
	}

	/**
	 * A trajectory: {@code states.get(0)} is the start; the states from {@code cycleStart} on repeat for ever (one
	 * state: a fixed point). {@code cycleStart} is -1 when the step limit came first.
	 */
	public record Run(List<State> states, int cycleStart) {

		public boolean fixedPoint() {
			return cycleStart == states.size() - 1;
		}

		public int cycleLength() {
			return cycleStart < 0 ? 0 : states.size() - cycleStart;
		}

		/** The state the run ended in. */
		public State last() {
			return states.get(states.size() - 1);
		}

		/** The states the system keeps visiting. */
		public List<State> attractor() {
			return cycleStart < 0 ? List.of(states.get(states.size() - 1)) : states.subList(cycleStart, states.size());
		}
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Link> links() {
		return links;
	}

	public List<Component> components() {
		return components;
	}

	private boolean available(Node node) {
		return !drained.contains(node) && node.getState() != NodeState.OFFLINE
				&& node.getState() != NodeState.WITHDRAWN;
	}

	private boolean fits(Node node, State state) {
		return Resource.fitsAll(node, deployment.replicasByNode().getOrDefault(node, List.of()).stream()
				.map(Placement::getComponent).filter(state.componentsUp()::contains).toList());
	}

	private static boolean resolved(Host host) {
		return host != null && !host.eIsProxy();
	}

	private static boolean hostUp(Host host, State state) {
		return nodesOf(host).stream().anyMatch(state.nodesUp()::contains);
	}

	private static List<Node> nodesOf(Host host) {
		if (host instanceof Node node) {
			return List.of(node);
		}
		return host instanceof Provider provider ? provider.getNodes() : List.of();
	}

	private boolean componentUp(Component component, State state, Reachability reach) {
		if (stopped.contains(component)) {
			return false;
		}
		List<Node> placed = DeploymentView.resolvedNodes(deployment.placementOf(component));
		if (placed.stream().noneMatch(state.nodesUp()::contains)) {
			return false;
		}
		for (Flow flow : flows) {
			if (flow.getTarget() != component || flow.getSource() == component) {
				continue;
			}
			Placement source = deployment.placementOf(flow.getSource());
			if (source == null) {
				continue; // not deployed here: the verifier reports it, the simulation does not guess
			}
			if (!state.componentsUp().contains(flow.getSource())
					|| !reach.connects(DeploymentView.resolvedNodes(source), placed)) {
				return false;
			}
		}
		return true;
	}

	/** Which hosts each up node reaches over the links up in one state (searched once per source node). */
	private final class Reachability {
		private final State state;
		private final Graph<Host, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
		private final Map<Node, Set<Host>> reached = new LinkedHashMap<>();

		Reachability(State state) {
			this.state = state;
			for (Node node : state.nodesUp()) {
				graph.addVertex(node);
				if (node.eContainer() instanceof Provider provider) {
					graph.addVertex(provider);
					graph.addEdge(node, provider);
					graph.addEdge(provider, node);
				}
			}
			for (Link link : state.linksUp()) {
				Host source = link.getSource();
				Host target = link.getTarget();
				graph.addVertex(source);
				graph.addVertex(target);
				graph.addEdge(source, target);
				if (link.isBidirectional()) {
					graph.addEdge(target, source);
				}
			}
		}

		boolean connects(List<Node> from, List<Node> to) {
			for (Node a : from) {
				if (!state.nodesUp().contains(a)) {
					continue;
				}
				Set<Host> hosts = reached.computeIfAbsent(a, this::search);
				if (to.stream().anyMatch(b -> state.nodesUp().contains(b) && hosts.contains(b))) {
					return true;
				}
			}
			return false;
		}

		private Set<Host> search(Node from) {
			Set<Host> hosts = new HashSet<>();
			new BreadthFirstIterator<>(graph, from).forEachRemaining(hosts::add);
			return hosts;
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.model.Host;
import org.allstar.model.Link;
import org.allstar.model.NamedElement;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The declared network as a graph: nodes and providers are vertices, links are weighted edges (latency in ms; a
 * bidirectional link is an edge each way). A node reaches its own provider, and so the provider's region-level
 * links, at no declared cost. Paths are the shortest by latency, computed by JGraphT; never declared.
 */
public final class NetworkGraph {

	private final DirectedWeightedMultigraph<Host, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(
			DefaultWeightedEdge.class);
	private final Map<DefaultWeightedEdge, Link> links = new HashMap<>();
	private final Map<DefaultWeightedEdge, Rational> latencies = new HashMap<>();
	/** Rules ask for the same routes (latency and bandwidth route every flow): search each pair once. */
	private final Map<List<Node>, Optional<NetworkPath>> routes = new HashMap<>();
	/** One shortest-path tree per source node serves every flow leaving it. */
	private final Map<Host, ShortestPathAlgorithm.SingleSourcePaths<Host, DefaultWeightedEdge>> trees = new HashMap<>();

	private NetworkGraph() {
	}

	/** The graph of every link of {@code networks} whose ends resolved. */
	public static NetworkGraph of(List<Network> networks) {
		NetworkGraph network = new NetworkGraph();
		networks.stream().flatMap(n -> n.getLinks().stream()).forEach(network::add);
		return network;
	}

	private void add(Link link) {
		Host source = link.getSource();
		Host target = link.getTarget();
		if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
			return;
		}
		Rational latency = Quantities.valueIn(link.getLatency(), Unit.MILLISECOND).orElse(Rational.ZERO);
		edge(attach(source), attach(target), link, latency);
		if (link.isBidirectional()) {
			edge(target, source, link, latency);
		}
	}

	private Host attach(Host host) {
		if (graph.addVertex(host)) {
			if (host instanceof Node node && node.eContainer() instanceof Provider provider) {
				attach(provider);
				edge(node, provider, null, Rational.ZERO);
				edge(provider, node, null, Rational.ZERO);
			} else if (host instanceof Provider provider) {
				provider.getNodes().forEach(this::attach);
			}
		}
		return host;
	}

	private void edge(Host from, Host to, Link link, Rational latencyMs) {
		DefaultWeightedEdge edge = graph.addEdge(from, to);
		graph.setEdgeWeight(edge, latencyMs.doubleValue());
		latencies.put(edge, latencyMs);
		if (link != null) {
			links.put(edge, link);
		}
	}

	/** The lowest-latency path from {@code from} to {@code to}; the empty path when they are the same node. */
	public Optional<NetworkPath> shortestPath(Node from, Node to) {
		return routes.computeIfAbsent(List.of(from, to), pair -> search(from, to));
	}

	private Optional<NetworkPath> search(Node from, Node to) {
		if (from == to) {
			return Optional.of(new NetworkPath(List.of(from), List.of(), Rational.ZERO));
		}
		if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
			return Optional.empty();
		}
		GraphPath<Host, DefaultWeightedEdge> path = trees
				.computeIfAbsent(from, source -> new DijkstraShortestPath<>(graph).getPaths(source)).getPath(to);
		if (path == null) {
			return Optional.empty();
		}
		List<Link> taken = new ArrayList<>();
		Rational latency = Rational.ZERO;
		for (DefaultWeightedEdge edge : path.getEdgeList()) {
			latency = latency.add(latencies.get(edge));
			if (links.containsKey(edge)) {
				taken.add(links.get(edge));
			}
		}
		List<Host> hosts = path.getVertexList().stream().filter(h -> h instanceof Node || h == from || h == to).toList();
		return Optional.of(new NetworkPath(hosts, taken, latency));
	}

	/** "AwsFrankfurt.gpuVm" or "AwsFrankfurt". */
	public static String nameOf(Host host) {
		if (host instanceof Node node && node.eContainer() instanceof Provider provider) {
			return provider.getName() + "." + node.getName();
		}
		return host instanceof NamedElement named ? named.getName() : String.valueOf(host);
	}
}

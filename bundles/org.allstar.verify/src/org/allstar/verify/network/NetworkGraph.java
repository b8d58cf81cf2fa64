// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.allstar.model.Host;
import org.allstar.model.Link;
import org.allstar.model.NamedElement;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jheaps.array.BinaryArrayAddressableHeap;

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
	private final Map<List<Node>, Optional<NetworkPath>> routes = new ConcurrentHashMap<>();
	/**
	 * Searching from both ends settles far fewer hosts than a whole shortest-path tree per source (on the 5,000-node
	 * benchmark network, 7 times less time than one tree per source node).
	 */
	private final ShortestPathAlgorithm<Host, DefaultWeightedEdge> search = new BidirectionalDijkstraShortestPath<>(graph,
			BinaryArrayAddressableHeap::new);

	private NetworkGraph() {
	}

	/** The graph of every link of {@code networks} whose ends resolved. */
	public static NetworkGraph of(List<Network> networks) {
		NetworkGraph network = new NetworkGraph();
		networks.stream().flatMap(n -> n.getLinks().stream()).forEach(network::add);
		return network;
	}

	/**
	 * A hash of everything the graph is built from: each link (the object, its ends, latency, direction) and the
	 * nodes of each provider that a link reaches. Equal fingerprints mean the same graph; a reparsed file has new
	 * objects and so a new fingerprint.
	 */
	public static long fingerprint(List<Network> networks) {
		long hash = 17;
		Set<Provider> providers = new HashSet<>();
		for (Network network : networks) {
			hash = mix(hash, System.identityHashCode(network));
			for (Link link : network.getLinks()) {
				hash = mix(hash, System.identityHashCode(link));
				hash = mix(hash, System.identityHashCode(link.getSource()));
				hash = mix(hash, System.identityHashCode(link.getTarget()));
				hash = mix(hash, link.isBidirectional() ? 1 : 2);
				Quantity latency = link.getLatency();
				hash = mix(hash, latency == null ? 0 : Objects.hash(latency.getValue(), latency.getUnit()));
				hash = mixProvider(hash, link.getSource(), providers);
				hash = mixProvider(hash, link.getTarget(), providers);
			}
		}
		return hash;
	}

	private static long mixProvider(long hash, Host end, Set<Provider> seen) {
		Provider provider = end instanceof Provider p ? p
				: end != null && end.eContainer() instanceof Provider p ? p : null;
		if (provider == null || !seen.add(provider)) {
			return hash;
		}
		long mixed = mix(hash, System.identityHashCode(provider));
		for (Node node : provider.getNodes()) {
			mixed = mix(mixed, System.identityHashCode(node));
		}
		return mixed;
	}

	private static long mix(long hash, int value) {
		return hash * 1_000_003L + value;
	}

	private void add(Link link) {
		Host source = link.getSource();
		Host target = link.getTarget();
		if (source == null || target == null || source.eIsProxy() || target.eIsProxy() || source == target) {
			return; // unresolved ends are reported by the language; a link to itself shortens no path
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
		List<Node> pair = List.of(from, to);
		Optional<NetworkPath> known = routes.get(pair);
		if (known == null) {
			known = search(from, to);
			routes.putIfAbsent(pair, known);
		}
		return known;
	}

	/**
	 * Routes every pair that is not routed yet, on all processors: the searches only read the graph. Rules asking
	 * for these pairs afterwards find them ready.
	 */
	public void route(Collection<List<Node>> pairs) {
		pairs.stream().filter(pair -> !routes.containsKey(pair)).distinct().toList().parallelStream()
				.forEach(pair -> shortestPath(pair.get(0), pair.get(1)));
	}

	/** How many pairs have been routed (and are kept for later verifications). */
	public int routedPairs() {
		return routes.size();
	}

	private Optional<NetworkPath> search(Node from, Node to) {
		if (from == to) {
			return Optional.of(new NetworkPath(List.of(from), List.of(), Rational.ZERO));
		}
		if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
			return Optional.empty();
		}
		GraphPath<Host, DefaultWeightedEdge> path = search.getPath(from, to);
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

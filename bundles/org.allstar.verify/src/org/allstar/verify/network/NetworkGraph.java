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
 * The declared network as a graph. A node reaches its own provider, and so the provider's region-level links and
 * its sibling nodes, at no declared cost; so a provider and its nodes are one place as far as latency goes, and
 * the graph has one vertex per provider (a node outside any provider is its own vertex). Links are weighted edges
 * between those places (latency in ms; a bidirectional link is an edge each way; a link inside one place shortens
 * nothing). This is exact for the latency of every path and makes the searches an order of magnitude smaller on
 * networks of many nodes per provider. Paths are the shortest by latency, computed by JGraphT; never declared.
 */
public final class NetworkGraph {

	private final DirectedWeightedMultigraph<Host, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(
			DefaultWeightedEdge.class);
	/** What each edge stands for: a link, taken from {@code enter} to {@code leave}, and its exact latency. */
	private record Hop(Link link, Host enter, Host leave, Rational latencyMs) {
	}

	private final Map<DefaultWeightedEdge, Hop> hops = new HashMap<>();
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
		if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
			return; // unresolved ends are reported by the language
		}
		Host from = placeOf(source);
		Host to = placeOf(target);
		if (from == to) {
			return; // inside one place every host is already 0 ms away
		}
		Rational latency = Quantities.valueIn(link.getLatency(), Unit.MILLISECOND).orElse(Rational.ZERO);
		edge(from, to, new Hop(link, source, target, latency));
		if (link.isBidirectional()) {
			edge(to, from, new Hop(link, target, source, latency));
		}
	}

	/** The vertex a host belongs to: its provider, or the host itself. */
	private static Host placeOf(Host host) {
		return host instanceof Node node && node.eContainer() instanceof Provider provider ? provider : host;
	}

	private void edge(Host from, Host to, Hop hop) {
		graph.addVertex(from);
		graph.addVertex(to);
		DefaultWeightedEdge edge = graph.addEdge(from, to);
		graph.setEdgeWeight(edge, hop.latencyMs().doubleValue());
		hops.put(edge, hop);
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
		Host start = placeOf(from);
		Host end = placeOf(to);
		if (start == end) {
			return Optional.of(new NetworkPath(List.of(from, to), List.of(), Rational.ZERO));
		}
		if (!graph.containsVertex(start) || !graph.containsVertex(end)) {
			return Optional.empty();
		}
		GraphPath<Host, DefaultWeightedEdge> path = search.getPath(start, end);
		if (path == null) {
			return Optional.empty();
		}
		List<Link> taken = new ArrayList<>();
		List<Host> hosts = new ArrayList<>(List.of(from));
		Rational latency = Rational.ZERO;
		for (DefaultWeightedEdge edge : path.getEdgeList()) {
			Hop hop = hops.get(edge);
			latency = latency.add(hop.latencyMs());
			taken.add(hop.link());
			for (Host passed : List.of(hop.enter(), hop.leave())) {
				if (passed instanceof Node && passed != hosts.get(hosts.size() - 1)) {
					hosts.add(passed); // the nodes the links join, for messages; providers are regions, not hops
				}
			}
		}
		if (hosts.get(hosts.size() - 1) != to) {
			hosts.add(to);
		}
		return Optional.of(new NetworkPath(List.copyOf(hosts), List.copyOf(taken), latency));
	}

	/** "AwsFrankfurt.gpuVm" or "AwsFrankfurt". */
	public static String nameOf(Host host) {
		if (host instanceof Node node && node.eContainer() instanceof Provider provider) {
			return provider.getName() + "." + node.getName();
		}
		return host instanceof NamedElement named ? named.getName() : String.valueOf(host);
	}
}

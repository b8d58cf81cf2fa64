// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.problem;

import java.util.List;

import org.allstar.model.AcceleratorKind;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Rational;
import org.allstar.verify.network.NetworkPath;

/**
 * A placement problem in numbers, built once from the model by {@link ProblemBuilder}: what each component asks, what
 * each node has and costs, where it sits in the network, and which nodes each component may use at all. Amounts are
 * whole numbers rounded the safe way (asks up, capacities and budgets down), so a plan that fits here passes the
 * verifier's exact arithmetic.
 * <p>
 * A place is a provider: the verifier treats a provider and its nodes as one 0 ms location and routes between
 * providers, so latency and bandwidth depend only on the places two components are in.
 */
public final class Problem {

	/** Resource columns of {@link #demand} and {@link #capacity}: CPU in millicores, memory and storage in MB. */
	public static final int CPU = 0, MEMORY = 1, STORAGE = 2, FIRST_ACCELERATOR = 3;
	/** CPU, memory, storage, then one count per accelerator kind. */
	public static final int RESOURCES = FIRST_ACCELERATOR + AcceleratorKind.VALUES.size();
	/** Capacity not declared: the verifier does not check the resource. */
	public static final long UNCHECKED = -1;

	/** A flow of the application between component indexes; bound in ms and bandwidth in Mbps, null when absent. */
	public record FlowSpec(Flow flow, int from, int to, Rational boundMs, Rational mbps) {
	}

	/** An end-to-end latency requirement along component indexes, bound in ms. */
	public record PathSpec(LatencyRequirement requirement, int[] components, Rational boundMs) {
	}

	public final Application application;
	public final List<Component> components;
	/** [component] the replicas it declares: the least the plan runs. */
	public final int[] replicas;
	/**
	 * [component] the most replicas the plan may run: more than declared only where the application asks for an
	 * availability, which extra replicas (in parallel) can buy; otherwise they would only cost.
	 */
	public final int[] maxReplicas;
	/** Replicas the planner may run of a component that declares fewer, for availability. */
	public static final int AVAILABILITY_REPLICAS = 3;
	/** [component][resource] what one replica asks, rounded up. */
	public final long[][] demand;
	public final boolean[] untrusted;
	public final boolean[] critical;
	/** [component] its per-node requirements. */
	public final List<List<Need>> needs;

	public final List<Node> nodes;
	/** [node][resource] what the node has, rounded down; {@link #UNCHECKED} when not declared. */
	public final long[][] capacity;
	/** [node] index of its place in {@link #places}. */
	public final int[] placeOf;
	/** [node] price in milli-EUR per month, rounded up. */
	public final long[] price;
	/** [node] power in mW, rounded up. */
	public final long[] power;
	/** [node] 1 − reputation of its provider, or NaN where no reputation is known. */
	public final double[] risk;
	/** [node] fraction of time up; 1 when not declared (as the verifier counts it). */
	public final double[] availability;

	public final List<Provider> places;
	/** [place][place] ms of the shortest path, null when there is none. */
	public final Rational[][] latency;
	/** [place][place] the shortest path (for the links that bandwidth loads), null when there is none. */
	public final NetworkPath[][] paths;

	/** [component] indexes of the nodes that meet all of its needs, ascending. */
	public final int[][] domain;
	public final List<FlowSpec> flows;
	public final List<PathSpec> endToEnd;
	/** EUR per month, W, and fraction of time up; null when the application does not ask. */
	public final Rational budget;
	public final Rational energyBudget;
	public final Rational minimumAvailability;

	/**
	 * A relaxation for bounds: places merged into zones ({@code zoneOf[place]}), the latency between two zones the
	 * least between their places, and each node priced (and powered) like the cheapest node of the same kind in its
	 * zone, so that twins across a zone pool together. Every plan of this problem costs at least what the relaxation
	 * says, so its bound bounds this problem. Routes (bandwidth) are left out.
	 */
	public Problem relaxedToZones(int[] zoneOf, int zones) {
		int[] nodeZone = new int[placeOf.length];
		Rational[][] zoneLatency = new Rational[zones][zones];
		for (int p = 0; p < latency.length; p++) {
			for (int q = 0; q < latency.length; q++) {
				Rational ms = latency[p][q];
				Rational known = zoneLatency[zoneOf[p]][zoneOf[q]];
				if (ms != null && (known == null || ms.compareTo(known) < 0)) {
					zoneLatency[zoneOf[p]][zoneOf[q]] = ms;
				}
			}
		}
		java.util.Map<String, long[]> cheapest = new java.util.HashMap<>();
		for (int n = 0; n < placeOf.length; n++) {
			nodeZone[n] = zoneOf[placeOf[n]];
			String kind = nodeZone[n] + java.util.Arrays.toString(capacity[n]) + availability[n] + risk[n];
			long[] best = cheapest.computeIfAbsent(kind, k -> new long[] { Long.MAX_VALUE, Long.MAX_VALUE });
			best[0] = Math.min(best[0], price[n]);
			best[1] = Math.min(best[1], power[n]);
		}
		long[] zonePrice = new long[placeOf.length];
		long[] zonePower = new long[placeOf.length];
		for (int n = 0; n < placeOf.length; n++) {
			long[] best = cheapest.get(nodeZone[n] + java.util.Arrays.toString(capacity[n]) + availability[n] + risk[n]);
			zonePrice[n] = best[0];
			zonePower[n] = best[1];
		}
		List<Provider> zonePlaces = new java.util.ArrayList<>();
		for (int z = 0; z < zones; z++) {
			for (int p = 0; p < zoneOf.length; p++) {
				if (zoneOf[p] == z) {
					zonePlaces.add(places.get(p));
					break;
				}
			}
		}
		return new Problem(this, domain, nodeZone, zonePrice, zonePower, zonePlaces, zoneLatency,
				new NetworkPath[zones][zones]);
	}

	/** A copy of {@code p} with the given domains and places (everything about components stays). */
	private Problem(Problem p, int[][] domains, int[] placeOf, long[] price, long[] power, List<Provider> places,
			Rational[][] latency, NetworkPath[][] paths) {
		application = p.application;
		components = p.components;
		replicas = p.replicas;
		maxReplicas = p.maxReplicas;
		demand = p.demand;
		untrusted = p.untrusted;
		critical = p.critical;
		needs = p.needs;
		nodes = p.nodes;
		capacity = p.capacity;
		this.placeOf = placeOf;
		this.price = price;
		this.power = power;
		risk = p.risk;
		availability = p.availability;
		this.places = places;
		this.latency = latency;
		this.paths = paths;
		domain = domains;
		flows = p.flows;
		endToEnd = p.endToEnd;
		budget = p.budget;
		energyBudget = p.energyBudget;
		minimumAvailability = p.minimumAvailability;
	}

	/** The same problem with other domains: for searches that pin some components to their current nodes. */
	public Problem withDomains(int[][] domains) {
		return new Problem(this, domains, placeOf, price, power, places, latency, paths);
	}

	Problem(ProblemBuilder b) {
		application = b.application;
		components = b.components;
		replicas = b.replicas;
		maxReplicas = b.maxReplicas;
		demand = b.demand;
		untrusted = b.untrusted;
		critical = b.critical;
		needs = b.needs;
		nodes = b.nodes;
		capacity = b.capacity;
		placeOf = b.placeOf;
		price = b.price;
		power = b.power;
		risk = b.risk;
		availability = b.availability;
		places = b.places;
		latency = b.latency;
		paths = b.paths;
		domain = b.domain;
		flows = b.flows;
		endToEnd = b.endToEnd;
		budget = b.budget;
		energyBudget = b.energyBudget;
		minimumAvailability = b.minimumAvailability;
	}

	public int componentCount() {
		return components.size();
	}

	public int nodeCount() {
		return nodes.size();
	}

	public int placeCount() {
		return places.size();
	}

	/** Whether a flow may connect places {@code p} and {@code q}: a path exists and is faster than its bound. */
	public boolean allows(FlowSpec flow, int p, int q) {
		Rational ms = latency[p][q];
		return ms != null && (flow.boundMs() == null || ms.compareTo(flow.boundMs()) < 0);
	}

	/** Latency between two places in µs, rounded up; -1 when there is no path. */
	public long latencyMicros(int p, int q) {
		Rational ms = latency[p][q];
		return ms == null ? -1 : Rounding.up(ms.multiply(Rational.of(1000)));
	}
}

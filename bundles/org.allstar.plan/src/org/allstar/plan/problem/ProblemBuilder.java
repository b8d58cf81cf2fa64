// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.model.Accelerator;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.Application;
import org.allstar.model.AvailabilityRequirement;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.Model;
import org.allstar.model.NeedKind;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.Quantity;
import org.allstar.model.ReputationRequirement;
import org.allstar.model.Requirement;
import org.allstar.model.Trust;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.network.NetworkPath;

/** Builds a {@link Problem} from an application and the providers and networks of the models in scope. */
public final class ProblemBuilder {

	final Application application;
	final List<Component> components;
	int[] replicas;
	int[] maxReplicas;
	long[][] demand;
	boolean[] untrusted;
	boolean[] critical;
	List<List<Need>> needs = new ArrayList<>();
	final List<Node> nodes = new ArrayList<>();
	long[][] capacity;
	int[] placeOf;
	long[] price;
	long[] power;
	double[] risk;
	double[] availability;
	final List<Provider> places = new ArrayList<>();
	Rational[][] latency;
	NetworkPath[][] paths;
	int[][] domain;
	final List<Problem.FlowSpec> flows = new ArrayList<>();
	final List<Problem.PathSpec> endToEnd = new ArrayList<>();
	Rational budget;
	Rational energyBudget;
	Rational minimumAvailability;

	private ProblemBuilder(Application application) {
		this.application = application;
		this.components = List.copyOf(application.getComponents());
	}

	/** The problem of placing {@code application} on the nodes of every provider in {@code models}. */
	public static Problem of(Application application, Collection<Model> models, ReputationSource reputations) {
		ProblemBuilder builder = new ProblemBuilder(application);
		builder.components(reputations);
		builder.nodes(models, reputations);
		builder.network(models);
		builder.domains();
		builder.requirements();
		return new Problem(builder);
	}

	private void components(ReputationSource reputations) {
		int count = components.size();
		replicas = new int[count];
		demand = new long[count][Problem.RESOURCES];
		untrusted = new boolean[count];
		critical = new boolean[count];
		Optional<BigDecimal> minimumReputation = application.getRequirements().stream()
				.filter(ReputationRequirement.class::isInstance).map(r -> ((ReputationRequirement) r).getMinimum())
				.filter(m -> m != null).max(BigDecimal::compareTo);
		for (int c = 0; c < count; c++) {
			Component component = components.get(c);
			replicas[c] = Math.max(1, component.getReplicas());
			demand[c][Problem.CPU] = up(component.getCpu(), Unit.MILLICORE);
			demand[c][Problem.MEMORY] = up(component.getMemory(), Unit.MEGABYTE);
			demand[c][Problem.STORAGE] = up(component.getStorage(), Unit.MEGABYTE);
			AcceleratorNeed need = component.getAccelerator();
			if (need != null && need.getNeed() == NeedKind.REQUIRED) {
				demand[c][Problem.FIRST_ACCELERATOR + need.getKind().getValue()] = need.getCount();
			}
			untrusted[c] = component.getTrust() == Trust.UNTRUSTED;
			critical[c] = component.getTrust() == Trust.CRITICAL;
			needs.add(Needs.of(component, reputations, minimumReputation));
		}
	}

	private void nodes(Collection<Model> models, ReputationSource reputations) {
		Map<Provider, Integer> placeIndex = new LinkedHashMap<>();
		for (Model model : models) {
			for (var element : model.getElements()) {
				if (element instanceof Provider provider && !provider.getNodes().isEmpty()) {
					placeIndex.put(provider, places.size());
					places.add(provider);
					nodes.addAll(provider.getNodes());
				}
			}
		}
		int count = nodes.size();
		capacity = new long[count][Problem.RESOURCES];
		placeOf = new int[count];
		price = new long[count];
		power = new long[count];
		risk = new double[count];
		availability = new double[count];
		Map<Provider, Double> riskOf = new HashMap<>();
		for (int n = 0; n < count; n++) {
			Node node = nodes.get(n);
			Provider provider = (Provider) node.eContainer();
			placeOf[n] = placeIndex.get(provider);
			capacity[n][Problem.CPU] = down(node.getCpu(), Unit.MILLICORE);
			capacity[n][Problem.MEMORY] = down(node.getMemory(), Unit.MEGABYTE);
			capacity[n][Problem.STORAGE] = down(node.getStorage(), Unit.MEGABYTE);
			for (Accelerator accelerator : node.getAccelerators()) {
				capacity[n][Problem.FIRST_ACCELERATOR + accelerator.getKind().getValue()] += accelerator.getCount();
			}
			price[n] = Math.max(0, upOrZero(node.getPrice(), Unit.EUR_PER_MONTH, 1000));
			power[n] = Math.max(0, upOrZero(node.getPower(), Unit.WATT, 1000));
			risk[n] = riskOf.computeIfAbsent(provider, p -> reputations.reputationOf(p)
					.map(r -> 1 - r.doubleValue()).orElse(Double.NaN));
			availability[n] = Quantities.valueIn(node.getAvailability(), Unit.PERCENT)
					.map(p -> p.doubleValue() / 100).orElse(1.0);
		}
	}

	private void network(Collection<Model> models) {
		NetworkGraph graph = NetworkGraph.of(models.stream().flatMap(m -> m.getElements().stream())
				.filter(Network.class::isInstance).map(Network.class::cast).toList());
		int count = places.size();
		latency = new Rational[count][count];
		paths = new NetworkPath[count][count];
		List<List<Node>> pairs = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			for (int q = 0; q < count; q++) {
				pairs.add(List.of(places.get(p).getNodes().get(0), places.get(q).getNodes().get(0)));
			}
		}
		graph.route(pairs);
		for (int p = 0; p < count; p++) {
			for (int q = 0; q < count; q++) {
				Optional<NetworkPath> path = graph.shortestPath(places.get(p).getNodes().get(0),
						places.get(q).getNodes().get(0));
				if (path.isPresent()) {
					paths[p][q] = path.get();
					latency[p][q] = p == q ? Rational.ZERO : path.get().latencyMs();
				}
			}
		}
	}

	/**
	 * Each component's eligible nodes. CPU, memory and storage are compared on the rounded numbers first (asks up,
	 * capacities down: never looser than the verifier), which rules out most nodes without exact arithmetic; the
	 * other needs run the verifier's predicates.
	 */
	private void domains() {
		domain = new int[components.size()][];
		java.util.Set<String> numeric = java.util.Set.of("cpu", "memory", "storage");
		for (int c = 0; c < components.size(); c++) {
			long[] asks = demand[c];
			List<Need> others = needs.get(c).stream().filter(need -> !numeric.contains(need.key())).toList();
			domain[c] = java.util.stream.IntStream.range(0, nodes.size())
					.filter(n -> fitsAlone(asks, capacity[n]) && others.stream().allMatch(need -> need.meets().test(nodes.get(n))))
					.toArray();
		}
	}

	private static boolean fitsAlone(long[] asks, long[] has) {
		for (int r = Problem.CPU; r <= Problem.STORAGE; r++) {
			if (has[r] != Problem.UNCHECKED && asks[r] > has[r]) {
				return false;
			}
		}
		return true;
	}

	private void requirements() {
		Map<Component, Integer> index = new HashMap<>();
		for (int c = 0; c < components.size(); c++) {
			index.put(components.get(c), c);
		}
		for (Flow flow : application.getFlows()) {
			Integer from = index.get(flow.getSource());
			Integer to = index.get(flow.getTarget());
			if (from != null && to != null) {
				flows.add(new Problem.FlowSpec(flow, from, to, exact(flow.getLatency(), Unit.MILLISECOND),
						exact(flow.getBandwidth(), Unit.MBPS)));
			}
		}
		for (Requirement requirement : application.getRequirements()) {
			if (requirement instanceof LatencyRequirement path && path.getPath().size() >= 2
					&& path.getPath().stream().allMatch(index::containsKey)) {
				Rational bound = exact(path.getBound(), Unit.MILLISECOND);
				if (bound != null) {
					endToEnd.add(new Problem.PathSpec(path,
							path.getPath().stream().mapToInt(index::get).toArray(), bound));
				}
			} else if (requirement instanceof AvailabilityRequirement required) {
				Rational minimum = exact(required.getMinimum(), Unit.PERCENT);
				if (minimum != null) {
					Rational fraction = minimum.divide(Rational.of(100));
					if (minimumAvailability == null || fraction.compareTo(minimumAvailability) > 0) {
						minimumAvailability = fraction;
					}
				}
			}
		}
		maxReplicas = replicas.clone();
		if (minimumAvailability != null) {
			for (int c = 0; c < replicas.length; c++) {
				maxReplicas[c] = Math.max(replicas[c], Problem.AVAILABILITY_REPLICAS);
			}
		}
		budget = exact(application.getBudget(), Unit.EUR_PER_MONTH);
		energyBudget = exact(application.getEnergyBudget(), Unit.WATT);
	}

	private static Rational exact(Quantity quantity, Unit unit) {
		return Quantities.valueIn(quantity, unit).orElse(null);
	}

	private static long up(Quantity quantity, Unit unit) {
		return Quantities.valueIn(quantity, unit).map(Rounding::up).orElse(0L);
	}

	private static long down(Quantity quantity, Unit unit) {
		return Quantities.valueIn(quantity, unit).map(Rounding::down).orElse(Problem.UNCHECKED);
	}

	private static long upOrZero(Quantity quantity, Unit unit, int scale) {
		return Quantities.valueIn(quantity, unit).map(v -> Rounding.up(v.multiply(Rational.of(scale)))).orElse(0L);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.whatif;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Host;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Verifier;
import org.allstar.verify.network.NetworkGraph;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The control-decision validator: what happens to a running deployment if the operator drains a node, migrates or
 * scales a component or cuts a link. The models are copied, so the user's models are never touched; the actions
 * are applied to the copy; the infrastructure is simulated as a {@link BooleanNetwork} from the state the deployment
 * runs in now until it settles or cycles; and the verifier checks the changed deployment, so the report names what
 * goes down, what flaps, and which rules, requirements and SLAs break that held before.
 */
public final class WhatIf {

	/** More steps than any dependency chain of a real deployment; only a pathological model reaches it. */
	private static final int MAX_STEPS = 10_000;

	private final Verifier verifier;

	public WhatIf(Verifier verifier) {
		this.verifier = verifier;
	}

	/**
	 * Simulates {@code actions}, in order, on {@code deployment} over {@code models} (which must contain it).
	 *
	 * @throws IllegalArgumentException when an action names a node, component or link that does not exist, with
	 *             the names that do
	 */
	public WhatIfReport simulate(Collection<Model> models, Deployment deployment, List<ControlAction> actions) {
		List<Finding> before = verifier.verify(models, List.of(deployment));
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Model> copies = new ArrayList<>(copier.copyAll(models));
		copier.copyReferences();
		Deployment changed = (Deployment) copier.get(deployment);
		if (changed == null) {
			throw new IllegalArgumentException("the deployment is not in the given models");
		}
		List<Link> links = copies.stream().flatMap(m -> m.getElements().stream()).filter(Network.class::isInstance)
				.flatMap(n -> ((Network) n).getLinks().stream()).toList();
		Names names = new Names(copies, links, changed);
		NetworkGraph unused = NetworkGraph.of(List.of()); // the simulation needs placements, not routes
		// the state the deployment runs in now, before any action: where the simulation starts
		BooleanNetwork.Run baseline = new BooleanNetwork(new DeploymentView(changed, unused), links, Set.of(),
				Set.of(), Set.of()).run(null, MAX_STEPS);

		Set<Node> drained = new LinkedHashSet<>();
		Set<Link> cut = new LinkedHashSet<>();
		Set<Component> stopped = new LinkedHashSet<>();
		for (ControlAction action : actions) {
			apply(action, names, drained, cut, stopped);
		}
		BooleanNetwork network = new BooleanNetwork(new DeploymentView(changed, unused), links, drained, cut, stopped);
		BooleanNetwork.Run run = network.run(baseline.last(), MAX_STEPS);

		withdraw(changed, links, drained, cut, stopped);
		List<Finding> after = verifier.verify(copies, List.of(changed));
		return new WhatIfReport(changed.getName(), List.copyOf(actions), network, baseline, run,
				WhatIfReport.slasOf(copies, changed), newFindings(before, after), newFindings(after, before));
	}

	private static void apply(ControlAction action, Names names, Set<Node> drained, Set<Link> cut,
			Set<Component> stopped) {
		switch (action) {
		case ControlAction.Drain drain -> drained.add(names.node(drain.node()));
		case ControlAction.Migrate migrate -> {
			Placement placement = names.placement(migrate.component());
			placement.getNodes().clear();
			placement.getNodes().add(names.node(migrate.node()));
		}
		case ControlAction.Cut c -> cut.addAll(names.links(c.from(), c.to()));
		case ControlAction.Scale scale -> {
			Placement placement = names.placement(scale.component());
			placement.getComponent().setReplicas(scale.replicas());
			while (placement.getNodes().size() > Math.max(1, scale.replicas())) {
				placement.getNodes().remove(placement.getNodes().size() - 1);
			}
			if (scale.replicas() == 0) {
				stopped.add(placement.getComponent());
			}
		}
		}
	}

	/** After the simulation, the copy as the verifier should see it: drained nodes, cut links, stopped replicas gone. */
	private static void withdraw(Deployment changed, List<Link> links, Set<Node> drained, Set<Link> cut,
			Set<Component> stopped) {
		for (Placement placement : List.copyOf(changed.getPlacements())) {
			placement.getNodes().removeAll(drained);
			if (placement.getNodes().isEmpty() || stopped.contains(placement.getComponent())) {
				EcoreUtil.remove(placement);
			}
		}
		cut.forEach(EcoreUtil::remove);
		// a drained node forwards nothing either
		List.copyOf(links).stream().filter(l -> drained.contains(l.getSource()) || drained.contains(l.getTarget()))
				.forEach(EcoreUtil::remove);
	}

	/** The findings of {@code of} that {@code than} does not have (compared by rule and message). */
	private static List<Finding> newFindings(List<Finding> than, List<Finding> of) {
		Set<String> known = new HashSet<>();
		than.forEach(f -> known.add(f.code() + "\u0000" + f.message()));
		return of.stream().filter(f -> !known.contains(f.code() + "\u0000" + f.message())).toList();
	}

	/** Finds what the actions name in the copied models. */
	private static final class Names {
		private final Map<String, Host> hosts = new LinkedHashMap<>();
		private final List<Link> links;
		private final Deployment deployment;

		Names(List<Model> models, List<Link> links, Deployment deployment) {
			this.deployment = deployment;
			this.links = links;
			models.stream().flatMap(m -> m.getElements().stream()).filter(Provider.class::isInstance)
					.map(Provider.class::cast).filter(provider -> provider.getName() != null).forEach(provider -> {
						hosts.put(provider.getName(), provider);
						provider.getNodes().stream().filter(node -> node.getName() != null)
								.forEach(node -> hosts.put(NetworkGraph.nameOf(node), node));
					});
		}

		Node node(String name) {
			if (hosts.get(name) instanceof Node node) {
				return node;
			}
			throw new IllegalArgumentException("no node '" + name + "'; name a node as Provider.node, for example "
					+ hosts.keySet().stream().filter(n -> n.contains(".")).findFirst().orElse("Cloud.vm1"));
		}

		Host host(String name) {
			Host host = hosts.get(name);
			if (host == null) {
				throw new IllegalArgumentException("no node or provider '" + name + "'");
			}
			return host;
		}

		List<Link> links(String from, String to) {
			Host a = host(from);
			Host b = host(to);
			List<Link> between = links.stream().filter(l -> l.getSource() == a && l.getTarget() == b
					|| l.getSource() == b && l.getTarget() == a).toList();
			if (between.isEmpty()) {
				throw new IllegalArgumentException("no link between " + from + " and " + to + " in any network");
			}
			return between;
		}

		Placement placement(String component) {
			return deployment.getPlacements().stream()
					.filter(p -> p.getComponent() != null && component.equals(p.getComponent().getName())).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("component '" + component
							+ "' is not placed in deployment " + deployment.getName() + "; placed are "
							+ String.join(", ", deployment.getPlacements().stream()
									.filter(p -> p.getComponent() != null).map(p -> p.getComponent().getName())
									.toList())));
		}
	}
}

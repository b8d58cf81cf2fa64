// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.allstar.model.Application;
import org.allstar.model.AvailabilityRequirement;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Requirement;
import org.allstar.model.Sla;
import org.allstar.verify.Finding;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.whatif.BooleanNetwork.Run;
import org.allstar.verify.whatif.BooleanNetwork.State;

/**
 * What a control decision leads to: the run of the Boolean network before and after it, what ends down or keeps
 * flapping, which requirements and SLAs break, and the verifier's findings that appear or disappear.
 */
public record WhatIfReport(String deployment, List<ControlAction> actions, BooleanNetwork network, Run before,
		Run after, List<Sla> slas, List<Finding> newFindings, List<Finding> resolvedFindings) {

	/** The components down in every state the system ends up cycling through. */
	public List<Component> componentsDown() {
		return down(network.components(), State::componentsUp);
	}

	/** The components that go up and down for ever (a cycle of more than one state). */
	public List<Component> componentsFlapping() {
		return flapping(network.components(), State::componentsUp);
	}

	public List<Node> nodesDown() {
		return down(network.nodes(), State::nodesUp);
	}

	public List<Node> nodesFlapping() {
		return flapping(network.nodes(), State::nodesUp);
	}

	public List<Link> linksDown() {
		return down(network.links(), State::linksUp);
	}

	/** A component of the deployment is down or flapping after the action: the service fails. */
	public boolean critical() {
		return !componentsDown().isEmpty() || !componentsFlapping().isEmpty() || after.cycleStart() < 0;
	}

	/** Critical, or a rule that held before fails afterwards. */
	public boolean harmful() {
		// breaks() only lists what failed components break, which critical() already covers
		return critical() || newFindings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
	}

	/** The requirements of the application and the SLAs on the deployment that a failed component breaks. */
	public List<String> breaks() {
		List<Component> failing = new ArrayList<>(componentsDown());
		failing.addAll(componentsFlapping());
		List<String> broken = new ArrayList<>();
		if (failing.isEmpty()) {
			return broken;
		}
		String names = String.join(", ", failing.stream().map(Component::getName).toList());
		Application application = failing.get(0).eContainer() instanceof Application a ? a : null;
		for (Requirement requirement : application == null ? List.<Requirement>of() : application.getRequirements()) {
			if (requirement instanceof AvailabilityRequirement) {
				broken.add("availability requirement of " + application.getName() + ": " + names + " not serving");
			} else if (requirement instanceof LatencyRequirement latency
					&& latency.getPath().stream().anyMatch(failing::contains)) {
				broken.add("latency requirement " + names(latency.getPath(), Component::getName) + ": "
						+ String.join(", ", latency.getPath().stream().filter(failing::contains)
								.map(Component::getName).toList())
						+ " not serving");
			}
		}
		for (Sla sla : slas) {
			broken.add("SLA " + sla.getName() + ": " + names + " not serving");
		}
		return broken;
	}

	/** The report as text, one fact per line. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("what if, in deployment " + deployment + ": "
				+ String.join(", then ", actions.stream().map(ControlAction::describe).toList()));
		lines.add("now: " + describe(before) + ", " + (network.components().size() - down(network.components(),
				State::componentsUp, before).size()) + " of " + network.components().size() + " component(s) up");
		lines.add("after: " + describe(after));
		addNamed(lines, "down: node ", nodesDown(), NetworkGraph::nameOf);
		addNamed(lines, "down: link ", linksDown(),
				l -> NetworkGraph.nameOf(l.getSource()) + " – " + NetworkGraph.nameOf(l.getTarget()));
		addNamed(lines, "down: component ", componentsDown(), Component::getName);
		addNamed(lines, "flapping: node ", nodesFlapping(), NetworkGraph::nameOf);
		addNamed(lines, "flapping: component ", componentsFlapping(), Component::getName);
		breaks().forEach(b -> lines.add("breaks: " + b));
		newFindings.forEach(f -> lines.add("new: " + f.severity().name().toLowerCase() + ": " + f.code() + ": "
				+ f.message()));
		resolvedFindings.forEach(f -> lines.add("resolved: " + f.code() + ": " + f.message()));
		lines.add("verdict: " + (critical() ? "CRITICAL, the deployment stops serving"
				: harmful() ? "UNSAFE, rules that held before fail" : "SAFE, nothing breaks"));
		return lines;
	}

	private static String describe(Run run) {
		int steps = run.cycleStart();
		if (steps < 0) {
			return "no fixed point or cycle within " + run.states().size() + " steps";
		}
		return run.fixedPoint() ? "settles after " + steps + " step(s)"
				: "flaps: a cycle of " + run.cycleLength() + " states after " + steps + " step(s)";
	}

	private <T> List<T> down(List<T> all, Function<State, Set<T>> up) {
		return down(all, up, after);
	}

	private static <T> List<T> down(List<T> all, Function<State, Set<T>> up, Run run) {
		return all.stream().filter(x -> run.attractor().stream().noneMatch(s -> up.apply(s).contains(x))).toList();
	}

	private <T> List<T> flapping(List<T> all, Function<State, Set<T>> up) {
		return all.stream().filter(x -> after.attractor().stream().anyMatch(s -> up.apply(s).contains(x))
				&& after.attractor().stream().anyMatch(s -> !up.apply(s).contains(x))).toList();
	}

	private static <T> void addNamed(List<String> lines, String prefix, List<T> items, Function<T, String> name) {
		items.forEach(item -> lines.add(prefix + name.apply(item)));
	}

	private static <T> String names(List<T> items, Function<T, String> name) {
		return String.join(" → ", items.stream().map(name).toList());
	}

	/** The SLAs among {@code models} that are about {@code deployment}. */
	static List<Sla> slasOf(List<Model> models, Deployment deployment) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Sla.class::isInstance)
				.map(Sla.class::cast).filter(s -> s.getDeployment() == deployment).toList();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roles the node templates play for ALLSTAR-ML: Compute templates are nodes; templates hosted (through
 * HostedOn, directly or along a chain such as database → DBMS → Compute) are components, placed on the Compute at
 * the bottom of their chain; everything else has no counterpart.
 */
final class Topology {

	private static final String COMPUTE = "tosca.nodes.Abstract.Compute";
	static final String HOSTED_ON = "tosca.relationships.HostedOn";
	static final String CONNECTS_TO = "tosca.relationships.ConnectsTo";

	private final ToscaTypes types;
	private final Map<String, NodeTemplate> templates = new LinkedHashMap<>();
	private final Map<String, List<RequirementAssignment>> requirements = new LinkedHashMap<>();

	Topology(ToscaTypes types, List<NodeTemplate> all, Map<String, Object> relationshipTemplates) {
		this.types = types;
		for (NodeTemplate template : all) {
			templates.put(template.name(), template);
			requirements.put(template.name(), RequirementAssignment.of(template, types, relationshipTemplates));
		}
	}

	boolean isCompute(NodeTemplate template) {
		return types.isA(TypeKind.NODE, template.type(), COMPUTE);
	}

	/** A hosted template: it has a HostedOn requirement, assigned or declared by its type. */
	boolean isComponent(NodeTemplate template) {
		if (isCompute(template) || !types.exists(TypeKind.NODE, template.type())) {
			return false;
		}
		return requirements(template).stream().anyMatch(r -> r.is(types, HOSTED_ON)) || declaresHosting(template.type());
	}

	private boolean declaresHosting(String type) {
		Set<String> seen = new HashSet<>();
		for (Optional<ToscaType> t = types.resolve(TypeKind.NODE, type); t.isPresent() && seen.add(t.get().name()); t = types
				.resolve(TypeKind.NODE, t.get().parent())) {
			if (t.get().requirements().values().stream()
					.anyMatch(r -> r != null && types.isA(TypeKind.RELATIONSHIP, r, HOSTED_ON))) {
				return true;
			}
		}
		return false;
	}

	private List<NodeTemplate> computes;

	List<NodeTemplate> computes() {
		if (computes == null) {
			computes = templates.values().stream().filter(this::isCompute).toList();
		}
		return computes;
	}

	List<NodeTemplate> components() {
		return templates.values().stream().filter(this::isComponent).toList();
	}

	List<NodeTemplate> others() {
		return templates.values().stream().filter(t -> !isCompute(t) && !isComponent(t)).toList();
	}

	List<RequirementAssignment> requirements(NodeTemplate template) {
		return requirements.getOrDefault(template.name(), List.of());
	}

	Optional<NodeTemplate> template(String name) {
		return Optional.ofNullable(name == null ? null : templates.get(name));
	}

	/** Whether the requirement is a HostedOn that points at a template of this topology. */
	boolean isHosting(RequirementAssignment requirement) {
		return requirement.is(types, HOSTED_ON) && template(requirement.node()).isPresent();
	}

	/** The Compute templates a component ends up on, following HostedOn chains (cycles end the walk). */
	List<NodeTemplate> computesUnder(NodeTemplate component) {
		Set<NodeTemplate> found = new LinkedHashSet<>();
		walkDown(component, new HashSet<>(), found);
		return new ArrayList<>(found);
	}

	/**
	 * The Compute a component's unassigned host requirement goes to, as an orchestrator would fulfil it: the only
	 * Compute of the topology, if there is exactly one and the component assigns no host itself.
	 */
	Optional<NodeTemplate> onlyComputeFor(NodeTemplate component) {
		boolean assigned = requirements(component).stream().anyMatch(this::isHosting);
		return !assigned && computes().size() == 1 && declaresHosting(component.type()) ? Optional.of(computes().get(0)) : Optional.empty();
	}

	private void walkDown(NodeTemplate template, Set<String> seen, Set<NodeTemplate> found) {
		if (!seen.add(template.name())) {
			return;
		}
		if (isCompute(template)) {
			found.add(template);
			return;
		}
		for (RequirementAssignment requirement : requirements(template)) {
			if (isHosting(requirement)) {
				walkDown(template(requirement.node()).get(), seen, found);
			}
		}
	}
}

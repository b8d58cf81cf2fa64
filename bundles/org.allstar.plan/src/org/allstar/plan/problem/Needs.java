// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.allstar.model.AcceleratorNeed;
import org.allstar.model.Architecture;
import org.allstar.model.Component;
import org.allstar.model.DataClass;
import org.allstar.model.IsolationLevel;
import org.allstar.model.NeedKind;
import org.allstar.model.Node;
import org.allstar.model.NodeState;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Quantities;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Resource;
import org.allstar.verify.rules.AcceleratorRule;
import org.allstar.verify.rules.ArchitectureRule;
import org.allstar.verify.rules.IsolationRule;
import org.allstar.verify.rules.Jurisdictions;
import org.allstar.verify.rules.ResidencyRule;

/**
 * The per-node requirements of a component, built from the verifier's own predicates so that the planner's domains
 * and the verifier's rules cannot disagree.
 */
public final class Needs {

	private Needs() {
	}

	/**
	 * Every requirement of {@code component} that can rule a node out; {@code minimumReputation} is the
	 * application's reputation requirement, if any, checked where {@code reputations} knows the provider's score.
	 */
	public static List<Need> of(Component component, ReputationSource reputations,
			Optional<BigDecimal> minimumReputation) {
		List<Need> needs = new ArrayList<>();
		needs.add(new Need(component, "state", "needs an available node (not busy, offline or withdrawn)",
				node -> node.getState() == NodeState.AVAILABLE));
		if (component.getPlacement() != null) {
			var tier = component.getPlacement().getTier();
			needs.add(new Need(component, "tier", "asks for placement " + tier.getLiteral(),
					node -> providerOf(node).map(p -> p.getKind() == tier).orElse(false)));
		}
		accelerator(component, needs);
		architecture(component, needs);
		for (DataClass data : component.getHandles()) {
			if (!data.eIsProxy() && !data.getResidency().isEmpty()) {
				needs.add(new Need(component, "residency:" + data.getName(), "handles " + data.getName()
						+ ", which must stay in " + String.join(", ", data.getResidency()),
						node -> data.getResidency().stream()
								.anyMatch(area -> Jurisdictions.allows(area, ResidencyRule.regionOf(node)))));
			}
		}
		if (component.getIsolation() == IsolationLevel.ENCLAVE) {
			needs.add(new Need(component, "isolation", "needs an enclave (sgx, trustzone or sev)",
					node -> node.getIsolation().stream().anyMatch(IsolationRule.ENCLAVES::contains)));
		}
		for (Resource resource : Resource.values()) {
			Optional<String> asked = Optional.ofNullable(resource == Resource.CPU ? component.getCpu()
					: resource == Resource.MEMORY ? component.getMemory() : component.getStorage())
					.map(Quantities::format);
			asked.ifPresent(amount -> needs.add(new Need(component, resource.name().toLowerCase(java.util.Locale.ROOT),
					"asks " + amount + " of " + resource.label() + " per replica",
					node -> resource.fits(node, List.of(component)))));
		}
		minimumReputation.ifPresent(minimum -> needs.add(new Need(component, "reputation",
				"needs a provider with a reputation of at least " + minimum.toPlainString(),
				node -> providerOf(node).flatMap(reputations::reputationOf).map(r -> r.compareTo(minimum) >= 0)
						.orElse(true))));
		return needs;
	}

	private static void accelerator(Component component, List<Need> needs) {
		AcceleratorNeed need = component.getAccelerator();
		if (need == null || need.getNeed() != NeedKind.REQUIRED) {
			return;
		}
		String wanted = need.getKind().getLiteral() + (need.getVendor() == null ? "" : " from " + need.getVendor())
				+ (need.getMinMemory() == null ? "" : " with at least " + Quantities.format(need.getMinMemory()));
		needs.add(new Need(component, "accelerator", "requires a " + wanted,
				node -> node.getAccelerators().stream().anyMatch(a -> AcceleratorRule.matches(a, need))));
		if (need.getCount() > 1) {
			needs.add(new Need(component, "acceleratorCount", "requires " + need.getCount() + " "
					+ need.getKind().getLiteral() + "s per replica", node -> node.getAccelerators().stream()
							.filter(a -> a.getKind() == need.getKind()).mapToInt(a -> a.getCount()).sum() >= need
									.getCount()));
		}
	}

	private static void architecture(Component component, List<Need> needs) {
		List<String> archs = Architecture.VALUES.stream().filter(a -> ArchitectureRule.hasImageFor(component, a))
				.map(Architecture::getLiteral).toList();
		if (archs.size() < Architecture.VALUES.size()) {
			needs.add(new Need(component, "architecture", "has images for " + (archs.isEmpty() ? "no architecture"
					: String.join(", ", archs)) + " only",
					node -> ArchitectureRule.hasImageFor(component, node.getArch())));
		}
	}

	static Optional<Provider> providerOf(Node node) {
		return node.eContainer() instanceof Provider provider ? Optional.of(provider) : Optional.empty();
	}
}

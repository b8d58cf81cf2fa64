// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.DEPLOYMENT__APPLICATION;

import java.math.MathContext;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.AvailabilityRequirement;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Quantity;
import org.allstar.model.Requirement;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;

/**
 * The composed availability of a deployment meets the application's requirement: the components are in series
 * (all are needed), the nodes of one component in parallel (one is enough); nodes fail independently. A node without a declared availability
 * counts as always up, so only declared figures can fail the check.
 */
public class AvailabilityRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Application application = deployment.deployment().getApplication();
		if (application == null || application.eIsProxy()) {
			return;
		}
		Rational composed = composedAvailability(deployment);
		for (Requirement requirement : application.getRequirements()) {
			if (requirement instanceof AvailabilityRequirement required) {
				Optional<Rational> minimum = Quantities.valueIn(required.getMinimum(), Unit.PERCENT);
				if (minimum.isPresent() && composed.multiply(Rational.of(100)).compareTo(minimum.get()) < 0) {
					findings.accept(Finding.error(VerifyCodes.AVAILABILITY, "Deployment '"
							+ deployment.deployment().getName() + "' is available " + percent(composed)
							+ " % of the time (components in series, replicas in parallel), the application requires "
							+ minimum.get() + " %.", deployment.deployment(), DEPLOYMENT__APPLICATION));
				}
			}
		}
	}

	/**
	 * The fraction of time every component has at least one node up. Components on the same set of nodes fail
	 * together, so each distinct set counts once.
	 */
	public static Rational composedAvailability(DeploymentView deployment) {
		Rational all = Rational.ONE;
		java.util.Set<java.util.Set<Node>> counted = new java.util.HashSet<>();
		for (Placement placement : deployment.placements()) {
			if (!counted.add(java.util.Set.copyOf(DeploymentView.resolvedNodes(placement)))) {
				continue;
			}
			Rational allDown = Rational.ONE;
			for (Node node : DeploymentView.resolvedNodes(placement)) {
				allDown = allDown.multiply(Rational.ONE.subtract(fraction(node.getAvailability())));
			}
			all = all.multiply(Rational.ONE.subtract(allDown));
		}
		return all;
	}

	private static Rational fraction(Quantity availability) {
		return Quantities.valueIn(availability, Unit.PERCENT).map(p -> p.divide(Rational.of(100))).orElse(Rational.ONE);
	}

	static String percent(Rational fraction) {
		return fraction.multiply(Rational.of(100)).toBigDecimal(new MathContext(6)).toPlainString();
	}
}

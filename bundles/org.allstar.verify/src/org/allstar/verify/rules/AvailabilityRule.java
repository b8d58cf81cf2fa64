// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.DEPLOYMENT__APPLICATION;

import java.math.MathContext;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.AvailabilityRequirement;
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
 * (all are needed), the nodes of one component in parallel (one is enough); see {@link DeploymentView#availability()}. A node without a declared availability
 * counts as always up, so only declared figures can fail the check.
 */
public class AvailabilityRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Application application = deployment.deployment().getApplication();
		if (application == null || application.eIsProxy()) {
			return;
		}
		Rational composed = deployment.availability();
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

	static String percent(Rational fraction) {
		return fraction.multiply(Rational.of(100)).toBigDecimal(new MathContext(6)).toPlainString();
	}
}

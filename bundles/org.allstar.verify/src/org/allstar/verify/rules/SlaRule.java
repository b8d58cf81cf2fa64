// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.*;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.model.Comparator;
import org.allstar.model.MetricKind;
import org.allstar.model.Model;
import org.allstar.model.Sla;
import org.allstar.model.SlaMetric;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;

/**
 * The SLAs of a deployment promise what its declared availability can deliver, and their witness committee can
 * decide: an odd size, and a quorum that is a majority of it.
 */
public class SlaRule implements Rule {

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Rational composed = deployment.availability();
		for (Sla sla : slasOf(deployment)) {
			for (SlaMetric metric : sla.getMetrics()) {
				promised(metric).filter(p -> composed.multiply(Rational.of(100)).compareTo(p) < 0)
						.ifPresent(p -> findings.accept(Finding.error(VerifyCodes.SLA, "SLA '" + sla.getName()
								+ "' promises " + p + " % availability, but deployment '"
								+ deployment.deployment().getName() + "' is available "
								+ AvailabilityRule.percent(composed) + " % by its nodes' declared figures.", metric,
								SLA_METRIC__THRESHOLD)));
			}
			if (sla.isSetWitnesses() && sla.getWitnesses() % 2 == 0) {
				findings.accept(Finding.warning(VerifyCodes.SLA, "A committee of " + sla.getWitnesses()
						+ " witnesses can split evenly; use an odd number.", sla, SLA__WITNESSES));
			}
			if (sla.isSetWitnesses() && sla.isSetQuorum() && sla.getQuorum() * 2 <= sla.getWitnesses()) {
				findings.accept(Finding.error(VerifyCodes.SLA, "A quorum of " + sla.getQuorum() + " out of "
						+ sla.getWitnesses() + " witnesses is not a majority; use at least "
						+ (sla.getWitnesses() / 2 + 1) + ".", sla, SLA__QUORUM));
			}
		}
	}

	private static Optional<Rational> promised(SlaMetric metric) {
		if (metric.getKind() != MetricKind.AVAILABILITY
				|| (metric.getComparator() != Comparator.GE && metric.getComparator() != Comparator.GT)) {
			return Optional.empty();
		}
		return Quantities.valueIn(metric.getThreshold(), Unit.PERCENT);
	}

	/** The SLAs for this deployment, in the same file (where the language validator reports them). */
	private static List<Sla> slasOf(DeploymentView deployment) {
		if (!(deployment.deployment().eContainer() instanceof Model model) || model.eResource() == null
				|| model.eResource().getResourceSet() == null) {
			return List.of();
		}
		return model.eResource().getResourceSet().getResources().stream()
				.flatMap(r -> r.getContents().stream()).filter(Model.class::isInstance)
				.flatMap(m -> ((Model) m).getElements().stream()).filter(Sla.class::isInstance).map(Sla.class::cast)
				.filter(s -> s.getDeployment() == deployment.deployment()).toList();
	}
}

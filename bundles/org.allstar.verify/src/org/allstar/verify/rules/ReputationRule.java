// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.DEPLOYMENT__APPLICATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.allstar.model.Application;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.ReputationRequirement;
import org.allstar.model.Requirement;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Rule;
import org.allstar.verify.VerifyCodes;

/**
 * Every provider whose nodes the deployment uses has a reputation at or above the application's
 * {@code require reputation}. Reputations come from a {@link ReputationSource} (the chain); providers whose
 * reputation is unknown are named in one information finding, never given an invented score. Reported at the
 * deployment, whose file is the one being checked.
 */
public class ReputationRule implements Rule {

	private final ReputationSource source;

	public ReputationRule(ReputationSource source) {
		this.source = source;
	}

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Application application = deployment.deployment().getApplication();
		if (application == null || application.eIsProxy()) {
			return;
		}
		for (Requirement requirement : application.getRequirements()) {
			if (requirement instanceof ReputationRequirement reputation && reputation.getMinimum() != null) {
				check(deployment, reputation, findings);
			}
		}
	}

	private void check(DeploymentView deployment, ReputationRequirement requirement, Consumer<Finding> findings) {
		BigDecimal minimum = requirement.getMinimum();
		Set<Provider> providers = providers(deployment);
		List<String> unknown = new ArrayList<>();
		for (Provider provider : providers) {
			Optional<BigDecimal> score = source.reputationOf(provider);
			if (score.isEmpty()) {
				unknown.add(provider.getName());
			} else if (score.get().compareTo(minimum) < 0) {
				findings.accept(Finding.error(VerifyCodes.REPUTATION, provider.getName() + " has a reputation of "
						+ score.get().toPlainString() + ", the application requires at least "
						+ minimum.toPlainString() + ".", deployment.deployment(), DEPLOYMENT__APPLICATION));
			}
		}
		if (!unknown.isEmpty()) {
			findings.accept(new Finding(VerifyCodes.REPUTATION, Finding.Severity.INFO, "Reputation >= "
					+ minimum.toPlainString() + " not checked for " + String.join(", ", unknown) + " ("
					+ source.describe() + ").", deployment.deployment(), DEPLOYMENT__APPLICATION, Map.of()));
		}
	}

	private static Set<Provider> providers(DeploymentView deployment) {
		Set<Provider> providers = new LinkedHashSet<>();
		for (Node node : deployment.replicasByNode().keySet()) {
			if (node.eContainer() instanceof Provider provider) {
				providers.add(provider);
			}
		}
		return providers;
	}
}

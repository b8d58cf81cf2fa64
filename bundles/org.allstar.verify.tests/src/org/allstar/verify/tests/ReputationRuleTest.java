// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.model.AllstarFactory;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.model.ReputationRequirement;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * The reputation rule with reputations handed in as the chain will hand them (a map stands in for the chain's
 * answers here; the rule does not know the difference), and with no source at all.
 */
class ReputationRuleTest {

	private static final AllstarFactory MAKE = AllstarFactory.eINSTANCE;

	private final Model model = MAKE.createModel();
	private final Deployment deployment = MAKE.createDeployment();
	private final Provider good = provider("Good");
	private final Provider shaky = provider("Shaky");

	ReputationRuleTest() {
		Application application = MAKE.createApplication();
		application.setName("App");
		ReputationRequirement requirement = MAKE.createReputationRequirement();
		requirement.setMinimum(new BigDecimal("0.8"));
		application.getRequirements().add(requirement);
		deployment.setName("d");
		deployment.setApplication(application);
		for (Provider provider : List.of(good, shaky)) {
			Component component = MAKE.createComponent();
			component.setName("on" + provider.getName());
			application.getComponents().add(component);
			Placement placement = MAKE.createPlacement();
			placement.setComponent(component);
			placement.getNodes().add(provider.getNodes().get(0));
			deployment.getPlacements().add(placement);
		}
		model.getElements().addAll(List.of(good, shaky, application, deployment));
	}

	private List<Finding> verify(ReputationSource source) {
		return new Verifier(source).verify(List.of(model), List.of(deployment)).stream()
				.filter(f -> f.code().equals("reputation")).toList();
	}

	private static ReputationSource scores(Map<String, String> scores) {
		return provider -> Optional.ofNullable(scores.get(provider.getName())).map(BigDecimal::new);
	}

	@Test
	void exactlyTheMinimumPasses() {
		assertEquals(List.of(), verify(scores(Map.of("Good", "0.95", "Shaky", "0.80"))));
	}

	@Test
	void belowTheMinimumIsAnErrorNamingTheProviderAndBothNumbers() {
		List<Finding> found = verify(scores(Map.of("Good", "0.95", "Shaky", "0.79")));
		assertEquals(1, found.size());
		assertEquals(Finding.Severity.ERROR, found.get(0).severity());
		assertEquals("Shaky has a reputation of 0.79, the application requires at least 0.8.", found.get(0).message());
	}

	@Test
	void unknownReputationsAreNamedInOneInformationNeverGuessed() {
		List<Finding> none = verify(ReputationSource.NONE);
		assertEquals(1, none.size());
		assertEquals(Finding.Severity.INFO, none.get(0).severity());
		assertEquals("Reputation >= 0.8 not checked for Good, Shaky (no chain connected).", none.get(0).message());

		List<Finding> partly = verify(scores(Map.of("Good", "0.9")));
		assertEquals(List.of("Reputation >= 0.8 not checked for Shaky (the reputation source)."),
				partly.stream().map(Finding::message).toList());
	}

	@Test
	void emptyModelsAndEmptyScopesHaveNoFindings() {
		assertEquals(List.of(), new Verifier().verify(List.of(), List.of()));
		assertEquals(List.of(), new Verifier().verify(List.of(MAKE.createModel()), List.of()));
		assertEquals(List.of(), new Verifier().verify(List.of(), List.of(MAKE.createDeployment())));
	}

	private static Provider provider(String name) {
		Provider provider = MAKE.createProvider();
		provider.setName(name);
		Node node = MAKE.createNode();
		node.setName("n");
		provider.getNodes().add(node);
		return provider;
	}
}

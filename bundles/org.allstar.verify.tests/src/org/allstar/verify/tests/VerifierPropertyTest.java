// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Provider;
import org.allstar.verify.Finding;
import org.allstar.verify.Verifier;
import org.allstar.verify.VerifyCodes;
import org.allstar.verify.network.NetworkGraph;
import org.allstar.verify.whatif.ControlAction;
import org.allstar.verify.whatif.WhatIf;
import org.allstar.verify.whatif.WhatIfReport;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the model (missing values, wrong units, unresolved references, cycles, empty lists), the
 * verifier and the control-decision validator never throw; they report. Each failure names its seed, so it can be
 * replayed with {@code new RandomModels(seed)}.
 */
class VerifierPropertyTest {

	private static final int SEEDS = 1000;

	@Test
	void randomModelsNeverMakeTheVerifierThrow() {
		Verifier shared = new Verifier(); // one verifier across models exercises its network cache too
		int findings = 0;
		int deployments = 0;
		for (long seed = 0; seed < SEEDS; seed++) {
			RandomModels random = new RandomModels(seed);
			List<Model> models = random.models();
			List<Deployment> scope = random.deployments(models);
			deployments += scope.size();
			try {
				List<Finding> fresh = new Verifier().verify(models, scope);
				List<Finding> again = shared.verify(models, scope);
				assertEquals(messages(fresh), messages(again), "seed " + seed + ": a warm verifier disagrees");
				for (Finding finding : fresh) {
					assertTrue(VerifyCodes.all().contains(finding.code()), "seed " + seed + ": " + finding.code());
					assertNotNull(finding.target(), "seed " + seed);
					assertFalse(finding.message().isBlank(), "seed " + seed);
				}
				findings += fresh.size();
			} catch (RuntimeException | AssertionError e) {
				throw new AssertionError("seed " + seed + ": " + e, e);
			}
		}
		assertTrue(deployments > SEEDS / 2, "the generator should make deployments: " + deployments);
		assertTrue(findings > SEEDS, "random models should break rules often: " + findings);
	}

	@Test
	void randomControlDecisionsNeverThrowAnythingButClearErrors() {
		int simulated = 0;
		for (long seed = 0; seed < SEEDS; seed++) {
			RandomModels random = new RandomModels(seed);
			List<Model> models = random.models();
			List<Deployment> scope = random.deployments(models);
			if (scope.isEmpty()) {
				continue;
			}
			Deployment deployment = scope.get(random.nextInt(scope.size()));
			List<ControlAction> actions = List.of(action(random, models, deployment));
			try {
				WhatIfReport report = new WhatIf(new Verifier()).simulate(models, deployment, actions);
				assertFalse(report.lines().isEmpty());
				assertTrue(report.after().cycleStart() >= 0, "seed " + seed + ": no fixed point or cycle found");
				simulated++;
			} catch (IllegalArgumentException expected) {
				assertNotNull(expected.getMessage(), "seed " + seed);
			} catch (RuntimeException | AssertionError e) {
				throw new AssertionError("seed " + seed + " " + actions + ": " + e, e);
			}
		}
		assertTrue(simulated > SEEDS / 20, "too few simulations ran: " + simulated);
	}

	private static ControlAction action(RandomModels random, List<Model> models, Deployment deployment) {
		List<String> nodes = models.stream().flatMap(m -> m.getElements().stream()).filter(Provider.class::isInstance)
				.filter(p -> ((Provider) p).getName() != null).flatMap(p -> ((Provider) p).getNodes().stream())
				.filter(n -> n.getName() != null).map(NetworkGraph::nameOf).toList();
		String node = nodes.isEmpty() ? "none.none" : nodes.get(random.nextInt(nodes.size()));
		String other = nodes.isEmpty() ? "none.none" : nodes.get(random.nextInt(nodes.size()));
		String component = deployment.getPlacements().isEmpty() || deployment.getPlacements().get(0).getComponent() == null
				? "none" : String.valueOf(deployment.getPlacements().get(0).getComponent().getName());
		return switch (random.nextInt(4)) {
		case 0 -> new ControlAction.Drain(node);
		case 1 -> new ControlAction.Migrate(component, node);
		case 2 -> new ControlAction.Cut(node, other);
		default -> new ControlAction.Scale(component, random.nextInt(4));
		};
	}

	private static List<String> messages(List<Finding> findings) {
		return findings.stream().map(f -> f.code() + ": " + f.message()).toList();
	}
}

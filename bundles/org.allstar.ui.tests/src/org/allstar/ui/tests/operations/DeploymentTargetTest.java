// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.lang.ui.LanguageServices;
import org.allstar.model.Application;
import org.allstar.plan.Plan;
import org.allstar.plan.PlanRequest;
import org.allstar.plan.PlanStatus;
import org.allstar.plan.Planner;
import org.allstar.plan.ui.DeploymentTarget;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the plan wizard writes: a new file of its own, or a named deployment of an existing file. */
class DeploymentTargetTest {

	private static Path example;
	private static Application greeter;
	private static Plan plan;

	@BeforeAll
	static void plan() {
		example = Path.of(System.getProperty("allstar.test.examples", "../../examples"), "hello-edge", "hello.allstar");
		LoadedModels loaded = LanguageServices.shared().get(ModelLoader.class).load(List.of(example), CancelIndicator.NullImpl);
		greeter = loaded.named(Application.class, "Greeter").get(0);
		plan = new Planner().plan(PlanRequest.of(greeter, loaded.models()).withTimeLimit(Duration.ofSeconds(10)));
		assertEquals(PlanStatus.OPTIMAL, plan.status());
	}

	@Test
	void aNewFileHasThePackageAndTheDeployment() {
		String text = new DeploymentTarget("edge", null).text(plan, greeter);
		assertTrue(text.startsWith("// Planned by allstar plan"), text);
		assertTrue(text.contains("package hello\n\ndeployment edge of Greeter {\n  web on CornerShop.box\n}\n"), text);
	}

	@Test
	void theDeploymentOfTheSameNameInAnExistingFileIsReplacedAndTheRestKept() throws Exception {
		String original = Files.readString(example);
		String text = new DeploymentTarget("local", original).text(plan, greeter);
		assertEquals(original, text, "the plan is the deployment the example already has");
		String appended = new DeploymentTarget("second", original).text(plan, greeter);
		assertEquals(original + "\ndeployment second of Greeter {\n  web on CornerShop.box\n}\n", appended);
	}

	@Test
	void aFileWithoutPackageIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new DeploymentTarget("x", "// nothing\n").text(plan, greeter));
	}

	@Test
	void deploymentNamesAreChecked() {
		assertNull(new DeploymentTarget("planned_2", null).nameProblem());
		assertTrue(new DeploymentTarget("2planned", null).nameProblem().contains("not a name"));
		assertTrue(new DeploymentTarget(" ", null).nameProblem().contains("Name the deployment"));
	}
}

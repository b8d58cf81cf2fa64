// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Sla;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class ExamplesTest {

	@Inject
	private ModelLoader loader;

	@Test
	void everyExampleLoadsWithoutAnyErrorOrWarning() {
		for (Path project : Fixtures.exampleProjects()) {
			LoadedModels loaded = loader.load(Fixtures.filesOf(project), CancelIndicator.NullImpl);
			assertEquals(List.of(), loaded.diagnostics().stream()
					.filter(d -> d.severity() != ModelDiagnostic.Severity.INFO).toList(), project.toString());
			assertFalse(loaded.models().isEmpty());
		}
	}

	@Test
	void mogSaysItsReputationRequirementIsNotCheckedWithoutAChain() {
		LoadedModels loaded = loader.load(Fixtures.filesOf(Fixtures.examples().resolve("mog-live")),
				CancelIndicator.NullImpl);
		assertEquals(List.of("Reputation >= 0.7 not checked for FanPhones, PortoEdge, AwsFrankfurt (no chain connected)."),
				loaded.diagnostics().stream().map(ModelDiagnostic::message).toList());
	}

	@Test
	void mogDeploymentLinksAcrossFilesAndPackages() {
		LoadedModels loaded = loader.load(Fixtures.filesOf(Fixtures.examples().resolve("mog-live")),
				CancelIndicator.NullImpl);
		Deployment production = find(loaded.models(), Deployment.class, "production");
		assertEquals("LiveStory", production.getApplication().getName());
		var precheck = production.getPlacements().stream()
				.filter(p -> p.getComponent().getName().equals("precheck")).findFirst().orElseThrow();
		assertEquals("stadiumBox", precheck.getNodes().get(0).getName());
		Sla sla = find(loaded.models(), Sla.class, "LiveStoryGold");
		assertSame(production, sla.getDeployment());
		assertEquals("MogMedia", sla.getCustomer().getName());
		assertEquals(List.of("AwsFrankfurt", "PortoEdge"), sla.getProviders().stream().map(p -> p.getName()).toList());
	}

	static <T> T find(List<Model> models, Class<T> type, String name) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(type::isInstance)
				.filter(e -> e.getName().equals(name)).map(type::cast).findFirst().orElseThrow();
	}
}

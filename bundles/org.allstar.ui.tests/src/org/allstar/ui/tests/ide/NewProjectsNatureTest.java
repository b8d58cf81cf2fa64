// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.allstar.lang.ui.build.ModelNature;
import org.allstar.ui.examples.ExampleProjects;
import org.allstar.ui.wizards.ExampleTemplates;
import org.allstar.ui.wizards.ProjectFromTemplate;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Projects made by the New ALLSTAR project wizard and by the first start's example import are ALLSTAR projects. */
class NewProjectsNatureTest {
	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

	@AfterEach
	void deleteProjects() throws CoreException {
		for (IProject project : workspace.getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}

	@Test
	void aProjectFromATemplateHasTheNature() throws CoreException {
		IProject project = ProjectFromTemplate.create(workspace, "fromTemplate", ExampleTemplates.named("hello-edge"),
				new NullProgressMonitor()).getProject();
		assertTrue(project.hasNature(ModelNature.ID));
	}

	@Test
	void importedExamplesHaveTheNature() throws CoreException {
		ExampleProjects.importAll(Path.of(System.getProperty("allstar.test.examples", "../../examples")), workspace,
				new NullProgressMonitor());
		IProject[] projects = workspace.getRoot().getProjects();
		assertTrue(projects.length >= 2, "the examples were imported");
		for (IProject project : projects) {
			assertTrue(project.hasNature(ModelNature.ID), project.getName());
		}
	}
}

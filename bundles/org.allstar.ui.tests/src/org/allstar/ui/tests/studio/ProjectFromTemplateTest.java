// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.allstar.ui.tests.Workspaces;
import org.allstar.ui.wizards.ExampleTemplate;
import org.allstar.ui.wizards.ExampleTemplates;
import org.allstar.ui.wizards.ProjectFromTemplate;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The examples bundled in org.allstar.ui as templates, and projects made from them (or not, half-way). */
class ProjectFromTemplateTest {
	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

	@AfterEach
	void deleteProjects() throws CoreException {
		Workspaces.deleteAllProjects();
	}

	@Test
	void theBundledExamplesAreTheTemplatesWithTheirMainModels() {
		assertEquals(java.util.List.of("hello-edge", "mog-live"),
				ExampleTemplates.bundled().stream().map(ExampleTemplate::name).toList(), "verify/ holds folders, no model");
		ExampleTemplate mog = ExampleTemplates.named("mog-live");
		assertEquals("livestory.allstar", mog.mainModel(), "the file that declares the application");
		assertTrue(mog.description().startsWith("Crowd-sourced live video"), mog.description());
		assertEquals(6, mog.files().size());
	}

	@Test
	void aProjectGetsEveryFileOfItsExample() throws Exception {
		IFile model = ProjectFromTemplate.create(workspace, "story", ExampleTemplates.named("mog-live"), new NullProgressMonitor());
		assertEquals("/story/livestory.allstar", model.getFullPath().toString());
		for (var file : ExampleTemplates.named("mog-live").files().entrySet()) {
			try (var bundled = file.getValue().openStream()) {
				assertArrayEquals(bundled.readAllBytes(), model.getProject().getFile(file.getKey()).getContents().readAllBytes(),
						file.getKey());
			}
		}
	}

	@Test
	void namesAreCheckedAgainstTheWorkspace() throws Exception {
		workspace.getRoot().getProject("Taken").create(null);
		assertTrue(ProjectFromTemplate.problemWithName(workspace, "taken").orElseThrow().contains("already exists"));
		assertTrue(ProjectFromTemplate.problemWithName(workspace, "a/b").isPresent());
		assertTrue(ProjectFromTemplate.problemWithName(workspace, " ").isPresent());
		assertTrue(ProjectFromTemplate.problemWithName(workspace, " padded").isPresent());
		assertTrue(ProjectFromTemplate.problemWithName(workspace, "free").isEmpty());
		Files.createDirectories(workspace.getRoot().getLocation().toPath().resolve("leftover"));
		assertTrue(ProjectFromTemplate.problemWithName(workspace, "leftover").orElseThrow().contains("folder"));
		Files.delete(workspace.getRoot().getLocation().toPath().resolve("leftover"));
		assertThrows(CoreException.class, () -> ProjectFromTemplate.create(workspace, "taken",
				ExampleTemplates.named("hello-edge"), new NullProgressMonitor()));
	}

	@Test
	void aCancelHalfWayLeavesNoProject() {
		IProject halfway = workspace.getRoot().getProject("halfway");
		NullProgressMonitor cancelledAfterTwoFiles = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				try {
					return halfway.isOpen() && halfway.members().length >= 3; // .project and two models
				} catch (CoreException e) {
					throw new IllegalStateException(e);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> ProjectFromTemplate.create(workspace, "halfway",
				ExampleTemplates.named("mog-live"), cancelledAfterTwoFiles));
		assertFalse(workspace.getRoot().getProject("halfway").exists(), "the partial project is deleted");
		assertFalse(Files.exists(workspace.getRoot().getLocation().toPath().resolve("halfway")), "and its folder");
	}
}

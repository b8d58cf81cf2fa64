// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.allstar.lang.ui.build.ModelNature;
import org.allstar.lang.ui.validation.IssueMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ALLSTAR builder keeps the Problems markers of model files nobody has opened: a broken file gets its marker,
 * fixing it on disk removes it, and a change to a file re-checks the files of its folder that link to it.
 */
class ModelBuilderTest {
	private static final String PROVIDERS = """
			package hello
			provider CornerShop {
			  kind edge
			  region "eu-west"
			  node box {
			    cpu 4 cores
			    memory 8 GB
			    arch arm64
			    price 0.02 EUR/h
			    availability 99 %
			  }
			}
			""";
	private static final String APPLICATION = """
			package hello
			application Greeter {
			  component web {
			    image "hello/web:1.0"
			    variant arm64 "hello/web:1.0-arm64"
			    cpu 1 core
			    memory 256 MB
			    ports 8080
			  }
			  require availability >= 98 %
			  budget 20 EUR/month
			}
			deployment local of Greeter {
			  web on CornerShop.box
			}
			""";

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = workspace.getRoot().getProject("built");
		project.create(null);
		project.open(null);
		ModelNature.addTo(project, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void theNatureInstallsTheBuilder() throws CoreException {
		assertTrue(project.hasNature(ModelNature.ID));
		assertEquals(List.of("org.allstar.lang.ui.builder"),
				Arrays.stream(project.getDescription().getBuildSpec()).map(c -> c.getBuilderName()).toList());
	}

	@Test
	void aCleanModelHasNoMarkers() throws Exception {
		IFile providers = write("providers.allstar", PROVIDERS);
		IFile application = write("app.allstar", APPLICATION);
		build();
		assertEquals(List.of(), errors(providers));
		assertEquals(List.of(), errors(application));
	}

	@Test
	void aBrokenUnopenedFileGetsItsMarkerAndLosesItWhenFixedOnDisk() throws Exception {
		IFile providers = write("providers.allstar", PROVIDERS.replace("memory 8 GB", "memory 8 GB GB"));
		build();
		List<IMarker> errors = errors(providers);
		assertFalse(errors.isEmpty(), "a syntax error");
		assertEquals(7, errors.get(0).getAttribute(IMarker.LINE_NUMBER, -1), "on the memory line: " + messages(errors));

		Files.writeString(providers.getLocation().toPath(), PROVIDERS, StandardCharsets.UTF_8); // outside Eclipse
		providers.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		build();
		assertEquals(List.of(), errors(providers), "fixed on disk");
	}

	@Test
	void aChangeInALinkedFileRechecksTheFilesThatReferToIt() throws Exception {
		IFile providers = write("providers.allstar", PROVIDERS);
		IFile application = write("app.allstar", APPLICATION);
		build();
		assertEquals(List.of(), errors(application));

		providers.setContents(PROVIDERS.replace("CornerShop", "BigShop").getBytes(StandardCharsets.UTF_8), true,
				false, null);
		build();
		List<IMarker> errors = errors(application);
		assertTrue(messages(errors).contains("CornerShop"), "the deployment's placement no longer links: " + messages(errors));
		assertEquals(List.of(), errors(providers), "the changed file itself is fine");

		providers.setContents(PROVIDERS.getBytes(StandardCharsets.UTF_8), true, false, null);
		build();
		assertEquals(List.of(), errors(application), "linked again");
	}

	private IFile write(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(text.getBytes(StandardCharsets.UTF_8), true, false, null);
		return file;
	}

	/** An incremental build as the platform runs it after a change, and any auto-build it started. */
	private void build() throws Exception {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
	}

	private static List<IMarker> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(IssueMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	private static String messages(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.toList().toString();
	}
}

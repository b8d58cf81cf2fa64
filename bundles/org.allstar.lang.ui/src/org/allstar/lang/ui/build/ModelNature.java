// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.build;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The ALLSTAR project nature: a project with it has the {@link ModelBuilder}, which keeps the Problems markers of all
 * its model files, opened in an editor or not. The New ALLSTAR project wizard and the example import add it.
 */
public class ModelNature implements IProjectNature {

	public static final String ID = "org.allstar.lang.ui.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to {@code project}, which must be open; nothing when it has it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		description.setNatureIds(Stream.concat(Arrays.stream(description.getNatureIds()), Stream.of(ID))
				.toArray(String[]::new));
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).anyMatch(ModelNature::isModelBuilder)) {
			return;
		}
		ICommand build = description.newCommand();
		build.setBuilderName(ModelBuilder.ID);
		description.setBuildSpec(Stream.concat(Arrays.stream(description.getBuildSpec()), Stream.of(build))
				.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec()).filter(c -> !isModelBuilder(c))
				.toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(org.allstar.lang.ui.validation.IssueMarkers.TYPE, false,
				org.eclipse.core.resources.IResource.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	private static boolean isModelBuilder(ICommand command) {
		return ModelBuilder.ID.equals(command.getBuilderName());
	}
}

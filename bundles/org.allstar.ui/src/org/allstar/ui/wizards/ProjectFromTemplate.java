// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.allstar.lang.ui.build.ModelNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Creates a project from an example: the project, then each file of the template. Whatever stops it half-way (an
 * error, a cancel) deletes the project again, so the workspace never keeps a partial copy.
 */
public final class ProjectFromTemplate {
	private ProjectFromTemplate() {
	}

	/** Why {@code name} cannot be a new project in {@code workspace}, or empty when it can. */
	public static Optional<String> problemWithName(IWorkspace workspace, String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("Enter a name for the project.");
		}
		IStatus valid = workspace.validateName(name, IResource.PROJECT);
		if (!valid.isOK()) {
			return Optional.of(valid.getMessage());
		}
		if (!name.equals(name.strip())) {
			return Optional.of("A project name cannot start or end with a space.");
		}
		if (Arrays.stream(workspace.getRoot().getProjects()).anyMatch(p -> p.getName().equalsIgnoreCase(name))) {
			return Optional.of("A project called '" + name + "' already exists in the workspace; choose another name.");
		}
		if (Files.exists(workspace.getRoot().getLocation().toPath().resolve(name))) {
			return Optional.of("The workspace folder already has a folder called '" + name
					+ "'; choose another name, or import that folder with File > Import.");
		}
		return Optional.empty();
	}

	/** Creates project {@code name} with the files of {@code template}; returns its main model. */
	public static IFile create(IWorkspace workspace, String name, ExampleTemplate template, IProgressMonitor monitor)
			throws CoreException {
		Optional<String> problem = problemWithName(workspace, name);
		if (problem.isPresent()) {
			throw new CoreException(Status.error(problem.get()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Creating project " + name, template.files().size() + 3);
		IProject project = workspace.getRoot().getProject(name);
		project.create(progress.split(1));
		try {
			project.open(progress.split(1));
			ModelNature.addTo(project, progress.split(1)); // its builder keeps every model file's markers
			for (Map.Entry<String, java.net.URL> file : template.files().entrySet()) {
				progress.subTask(file.getKey());
				copy(file.getValue(), project.getFile(IPath.fromPortableString(file.getKey())), progress.split(1));
			}
		} catch (CoreException | RuntimeException e) {
			// an error or a cancel (OperationCanceledException) half-way: take the partial project away
			project.delete(true, true, null);
			throw e;
		}
		return project.getFile(IPath.fromPortableString(template.mainModel()));
	}

	private static void copy(java.net.URL source, IFile target, IProgressMonitor monitor) throws CoreException {
		createFolders(target.getParent());
		try (InputStream in = source.openStream()) {
			target.create(in, IResource.NONE, monitor);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + source + " from the studio bundle: " + e.getMessage()
					+ ". Reinstall the product.", e));
		}
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(IResource.NONE, true, null);
		}
	}
}

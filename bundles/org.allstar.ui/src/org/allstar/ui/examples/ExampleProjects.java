// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allstar.lang.ui.build.ModelNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IStartup;

/**
 * Puts the repository's examples into a new workspace as projects, so that {@code ./allstar studio} opens with
 * them. The examples folder comes from the system property {@value #PROPERTY}, which the launcher script sets;
 * a workspace that already has projects is left as the user has it.
 */
public class ExampleProjects implements IStartup {

	/** The folder whose sub-folders are example projects. */
	public static final String PROPERTY = "allstar.examples";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Importing the ALLSTAR examples") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				importAll(Path.of(folder), ResourcesPlugin.getWorkspace(), monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	/**
	 * Creates a project for each sub-folder of {@code examples}, in a workspace that has no project yet (a user who
	 * deletes an example does not get it back). A copy that fails half-way removes its project again.
	 */
	public static void importAll(Path examples, IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		if (workspace.getRoot().getProjects().length > 0) {
			return;
		}
		List<Path> folders = list(examples).stream().filter(Files::isDirectory).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Importing examples", folders.size());
		for (Path folder : folders) {
			IProject project = workspace.getRoot().getProject(folder.getFileName().toString());
			if (!project.exists()) {
				project.create(progress.split(1));
				project.open(null);
				try {
					ModelNature.addTo(project, null); // its builder keeps every model file's markers
					copy(folder, project, progress);
				} catch (CoreException e) {
					project.delete(true, true, null);
					throw e;
				}
			} else {
				progress.worked(1);
			}
			if (progress.isCanceled()) {
				return;
			}
		}
	}

	private static void copy(Path folder, IContainer target, IProgressMonitor monitor) throws CoreException {
		for (Path entry : list(folder)) {
			String name = entry.getFileName().toString();
			if (Files.isDirectory(entry)) {
				IFolder child = target.getFolder(new org.eclipse.core.runtime.Path(name));
				child.create(true, true, null);
				copy(entry, child, monitor);
			} else {
				try (InputStream in = Files.newInputStream(entry)) {
					target.getFile(new org.eclipse.core.runtime.Path(name)).create(in, true, null);
				} catch (IOException e) {
					throw new CoreException(Status.error("Cannot read example file " + entry + ": " + e.getMessage(), e));
				}
			}
		}
	}

	private static List<Path> list(Path folder) throws CoreException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot list the examples in " + folder + ": " + e.getMessage(), e));
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Puts the repository's examples into a new workspace as projects, so that {@code ./allstar studio} opens with
 * them. The examples folder comes from the system property {@value #PROPERTY}, which the launcher script sets;
 * a workspace that already has projects is left as the user has it.
 */
public class ExampleProjects implements IStartup {

	/** The folder whose sub-folders are example projects. */
	public static final String PROPERTY = "allstar.examples";

	/** The family of the import job. */
	public static final Object FAMILY = ExampleProjects.class;

	/** Opens once this start has scheduled its import, or found it has none to do. */
	private static final CountDownLatch DECIDED = new CountDownLatch(1);

	/**
	 * How long after the UI thread has worked off the start-up the import begins. Importing starts the ALLSTAR
	 * builder, which loads the editor's language services: on two cores that competed with the workbench's own
	 * start-up (1.5-2.4 s of CPU inside the first start, docs/benchmarks.md). Waiting lets the window become usable
	 * first; the projects appear in the explorer a moment later.
	 */
	static final long START_DELAY_MS = 1000;

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			DECIDED.countDown();
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Importing the ALLSTAR examples") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				importAll(Path.of(folder), ResourcesPlugin.getWorkspace(), monitor);
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		// an asyncExec runs once the UI thread has done everything the start-up queued before it
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			job.schedule(START_DELAY_MS);
			DECIDED.countDown();
		});
	}

	/**
	 * Waits until this start's import is done (the start-up benchmark closes the workbench only then): first, at
	 * most {@code timeout}, for the start-up to schedule it (the start-up extensions run in no set order), then for
	 * the job. Must not be called on the UI thread, which schedules the job.
	 */
	public static void awaitImport(Duration timeout) throws InterruptedException {
		if (DECIDED.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			Job.getJobManager().join(FAMILY, null);
		}
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

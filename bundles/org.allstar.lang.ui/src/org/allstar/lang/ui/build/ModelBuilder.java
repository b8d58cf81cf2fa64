// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.ui.LanguageServices;
import org.allstar.lang.ui.validation.IssueMarkers;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.validation.Issue;

/**
 * Keeps the Problems markers of every model file of an ALLSTAR project, opened in an editor or not. A model's
 * references reach the other model files of its folder (as in the editor and in {@code allstar validate FOLDER}), so
 * a change to one file re-checks its whole folder: the files that link to it are checked again too. The markers
 * are the editor's ({@link IssueMarkers#TYPE}), replaced per file, so editor and builder never show a problem twice.
 */
public class ModelBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.allstar.lang.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		Set<IContainer> folders = delta == null ? modelFolders(getProject()) : changedModelFolders(delta);
		SubMonitor progress = SubMonitor.convert(monitor, "Checking ALLSTAR models", folders.size());
		FolderCheck check = new FolderCheck(LanguageServices.shared());
		for (IContainer folder : folders) {
			checkFolder(folder, check, progress.split(1));
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(IssueMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	private static void checkFolder(IContainer folder, FolderCheck check, SubMonitor monitor) throws CoreException {
		if (!folder.isAccessible()) {
			return; // deleted: its files' markers went with them
		}
		List<IFile> files = modelFiles(folder);
		monitor.setWorkRemaining(files.size() + 1);
		monitor.subTask(folder.getFullPath().toString());
		Map<IFile, List<Issue>> issues = check.check(files, monitor::isCanceled);
		monitor.worked(1);
		if (monitor.isCanceled()) {
			throw new OperationCanceledException(); // the platform then builds from scratch next time
		}
		for (Map.Entry<IFile, List<Issue>> entry : issues.entrySet()) {
			IssueMarkers.replace(entry.getKey(), entry.getValue(), monitor.split(1));
		}
	}

	/** The folders of {@code project} that hold model files (hidden folders such as .settings left out). */
	static Set<IContainer> modelFolders(IProject project) throws CoreException {
		Set<IContainer> folders = new LinkedHashSet<>();
		project.accept(resource -> {
			if (isModelFile(resource)) {
				folders.add(resource.getParent());
			}
			return resource.getType() == IResource.PROJECT || !resource.getName().startsWith(".");
		});
		return folders;
	}

	/** The folders in which a model file was added, changed or removed. */
	static Set<IContainer> changedModelFolders(IResourceDelta delta) throws CoreException {
		Set<IContainer> folders = new LinkedHashSet<>();
		delta.accept(change -> {
			if (isModelFile(change.getResource()) && touchesContent(change)) {
				folders.add(change.getResource().getParent());
			}
			return true;
		});
		return folders;
	}

	private static boolean touchesContent(IResourceDelta change) {
		return change.getKind() != IResourceDelta.CHANGED
				|| (change.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0;
	}

	private static List<IFile> modelFiles(IContainer folder) throws CoreException {
		List<IFile> files = new ArrayList<>();
		for (IResource member : folder.members()) {
			if (isModelFile(member) && member.getLocation() != null) {
				files.add((IFile) member);
			}
		}
		return files;
	}

	private static boolean isModelFile(IResource resource) {
		return resource.getType() == IResource.FILE && resource.getName().endsWith(ModelFiles.EXTENSION);
	}
}

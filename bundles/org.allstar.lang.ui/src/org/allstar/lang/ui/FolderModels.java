// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The model files of a workspace folder loaded together, as {@code allstar validate FOLDER} loads them: the models a
 * wizard plans, verifies or deploys. Headless (no display); call it from a job.
 */
public final class FolderModels {

	private FolderModels() {
	}

	/** Loads, links and validates the .allstar files directly in {@code folder}. */
	public static LoadedModels load(IContainer folder, CancelIndicator cancel) throws CoreException {
		return LanguageServices.shared().get(ModelLoader.class).load(files(folder), cancel);
	}

	/** The .allstar files directly in {@code folder}, as file system paths, sorted. */
	public static List<Path> files(IContainer folder) throws CoreException {
		List<Path> files = new ArrayList<>();
		for (IResource member : folder.members()) {
			if (member instanceof IFile file && member.getName().endsWith(ModelFiles.EXTENSION) && file.getLocation() != null) {
				files.add(file.getLocation().toPath());
			}
		}
		files.sort(null);
		return files;
	}

	/** Every folder of the open projects that holds a model file, in workspace order. */
	public static List<IContainer> folders(IWorkspaceRoot root) throws CoreException {
		List<IContainer> folders = new ArrayList<>();
		root.accept(resource -> {
			if (resource instanceof IFile && resource.getName().endsWith(ModelFiles.EXTENSION)
					&& !folders.contains(resource.getParent())) {
				folders.add(resource.getParent());
			}
			return !(resource instanceof IContainer container) || container.getType() == IResource.ROOT
					|| container.isAccessible() && !container.getName().startsWith(".");
		});
		return folders;
	}

	/** The workspace file a loaded element's resource is, or null. */
	public static IFile fileOf(org.eclipse.emf.ecore.EObject element, IWorkspaceRoot root) {
		if (element.eResource() == null || !element.eResource().getURI().isFile()) {
			return null;
		}
		IFile[] files = root.findFilesForLocationURI(java.net.URI.create(element.eResource().getURI().toString()));
		return files.length == 0 ? null : files[0];
	}
}

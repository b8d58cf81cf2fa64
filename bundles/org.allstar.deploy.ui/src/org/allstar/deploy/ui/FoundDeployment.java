// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.ui.FolderModels;
import org.allstar.model.Deployment;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A deployment of the workspace's models: the file that defines it and the models of its folder loaded together
 * (the deployer needs the providers' endpoints, the diagnoser the whole model).
 */
public record FoundDeployment(IFile file, LoadedModels loaded, Deployment deployment) {

	/** "production (mog-live/deployment.allstar)". */
	public String label() {
		return deployment.getName() + " (" + (file == null ? "?" : file.getFullPath().makeRelative()) + ")";
	}

	/**
	 * Every deployment in the open projects, folder by folder (headless; run it in a job). Folders whose models do
	 * not load (syntax or link errors) are left out: nothing in them can be deployed until they are fixed.
	 */
	public static List<FoundDeployment> inWorkspace(IWorkspaceRoot root, IProgressMonitor monitor) throws CoreException {
		List<FoundDeployment> found = new ArrayList<>();
		List<IContainer> folders = FolderModels.folders(root);
		monitor.beginTask("Loading the models", folders.size());
		for (IContainer folder : folders) {
			if (monitor.isCanceled()) break;
			monitor.subTask(folder.getFullPath().toString());
			LoadedModels loaded = FolderModels.load(folder, monitor::isCanceled);
			if (loaded.loadErrors().isEmpty()) {
				for (Deployment deployment : loaded.named(Deployment.class, null)) {
					found.add(new FoundDeployment(FolderModels.fileOf(deployment, root), loaded, deployment));
				}
			}
			monitor.worked(1);
		}
		monitor.done();
		return found;
	}
}

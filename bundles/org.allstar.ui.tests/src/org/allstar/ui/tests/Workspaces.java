// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** The test workspace, shared by every test of a run: each test leaves it empty for the next. */
public final class Workspaces {

	private Workspaces() {
	}

	/** Deletes every project with its files. */
	public static void deleteAllProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}
}

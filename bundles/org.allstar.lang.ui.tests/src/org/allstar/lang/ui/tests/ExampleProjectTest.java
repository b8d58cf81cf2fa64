// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;

/**
 * A workbench test on a copy of an example project (see {@link Workbench#exampleProject}): whatever it opens is
 * closed unsaved and the copy deleted afterwards, so the next test finds the workbench as it was.
 */
abstract class ExampleProjectTest {

	protected final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	protected IProject project;

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}
}

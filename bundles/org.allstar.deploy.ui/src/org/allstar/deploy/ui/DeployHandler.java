// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Deploy wizard on the workspace's deployments (found off the UI thread). */
public final class DeployHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		List<FoundDeployment> found = new ArrayList<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					found.addAll(FoundDeployment.inWorkspace(ResourcesPlugin.getWorkspace().getRoot(), monitor));
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(window.getShell(), "Deploy", "Cannot read the workspace's models: " + e.getCause().getMessage());
			return null;
		} catch (InterruptedException e) {
			return null;
		}
		new WizardDialog(window.getShell(), new DeployWizard(found, null, window)).open();
		return null;
	}
}

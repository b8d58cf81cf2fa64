// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import org.allstar.market.ui.views.ChainTableView;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Outcomes of chain jobs that outlive their wizard: success refreshes the view that shows it (when open) and says
 * so on the status line; failure explains itself in a message box, since the wizard that could have shown it is gone.
 */
public final class WorkbenchJobs {
	private WorkbenchJobs() {
	}

	/** The active window's shell: the owner of such a job. */
	public static Shell shell() {
		return window().getShell();
	}

	public static void succeeded(String message, String viewId) {
		IWorkbenchWindow window = window();
		var page = window.getActivePage();
		IViewPart view = page == null ? null : page.findView(viewId);
		if (view instanceof ChainTableView<?> table) table.refresh(true);
		if (page != null && page.getActivePart() != null && page.getActivePart().getSite() instanceof org.eclipse.ui.IViewSite site) {
			site.getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	public static void failed(String title, String message) {
		MessageDialog.openError(shell(), title, message);
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}

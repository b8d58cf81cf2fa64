// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.startup;

import org.allstar.ui.StudioIds;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Once the workbench is up: shows the welcome page on the first start of a workspace in the ALLSTAR Studio product
 * (Help > Welcome brings it back; a plain IDE with these plug-ins does not open it by itself), then, when asked by
 * {@value StartupTimer#PROPERTY}, records how long the start took.
 */
public class FirstStart implements IStartup {
	/** The product's id (plugin.xml: extension "product" of this bundle). */
	public static final String PRODUCT = "org.allstar.ui.product";

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			showWelcomeOnce(workbench);
			StartupTimer.recordWhenIdle(workbench);
		});
	}

	private static void showWelcomeOnce(IWorkbench workbench) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IProduct product = Platform.getProduct();
		if (product == null || !PRODUCT.equals(product.getId()) || window == null || window.getActivePage() == null
				|| StudioPreferences.welcomeShown()) {
			return;
		}
		try {
			IWorkbenchPage page = window.getActivePage();
			page.showView(StudioIds.WELCOME_VIEW);
			StudioPreferences.setWelcomeShown();
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(FirstStart.class).error("The welcome page does not open", e);
		}
	}
}

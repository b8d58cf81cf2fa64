// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.startup;

import java.io.IOException;

import org.allstar.startup.StartupClasses;
import org.allstar.ui.StudioIds;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Once the workbench is up: writes the start-up class list when this start records it ({@link StartupClasses}), shows
 * the welcome page on the first start of a workspace in the ALLSTAR Studio product
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
			if (StartupClasses.recording()) {
				StartupTimer.whenUsable(workbench, FirstStart::recordStartupClasses);
			}
		});
	}

	/**
	 * On the start that records the class archive, once the workbench is usable: the classes loaded until now make
	 * the list that later starts load ahead. Marked on the UI thread, written on a thread of its own.
	 */
	private static void recordStartupClasses() {
		String marker = StartupClasses.markUsable();
		Thread writer = new Thread(() -> {
			try {
				StartupClasses.record(marker);
			} catch (IOException | RuntimeException e) {
				ILog.of(FirstStart.class).warn("The start-up class list was not written; later starts load their"
						+ " classes without help", e);
			}
		}, "ALLSTAR start-up class list");
		writer.setDaemon(true);
		writer.start();
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
			ILog.of(FirstStart.class).error("The welcome page does not open", e);
		}
	}
}

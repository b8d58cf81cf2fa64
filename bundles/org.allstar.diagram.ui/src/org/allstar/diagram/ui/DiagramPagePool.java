// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.util.Set;

import org.allstar.diagram.glsp.OpeningTimes;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * One spare diagram page, loaded before the user opens a diagram: every open pays about half a second for the page
 * (HTML, CSS, the 1.1 MB script) and GLSP's start and initialize before the model is even asked for. The spare is an
 * SWT Browser in a window outside the screen ({@link #offScreenShell()}) whose page has done all of that and waits to
 * be told which diagram ({@code window.allstarOpen}, app.ts). An editor takes it ({@link #take(Composite)}) and moves
 * the Browser into its own composite; the
 * pool makes the next spare a while after that open has drawn ({@link #prepareSoon()}), so the two do not compete.
 * <p>
 * The first spare is made after the first diagram editor has drawn, never at workbench start-up (issue 7). With no
 * spare ready (the first open, two opens at once) an editor loads the page itself, as it did before the pool. The
 * spare is disposed with the workbench. UI thread only.
 */
public final class DiagramPagePool {

	/**
	 * {@code -Dallstar.diagram.warmPage=false}: editors load their page themselves and no spare is made (the open
	 * benchmark's same-run baseline).
	 */
	public static final String WARM_PAGE_PROPERTY = "allstar.diagram.warmPage";

	/** How long after an open has drawn (its next frames, the user's first look) the next spare starts to load. */
	private static final int PREPARE_DELAY_MS = 1_000;

	private static final ILog LOG = ILog.of(DiagramPagePool.class);
	private static DiagramPagePool workbenchPool;

	private final Display display;
	private Shell shelf;
	private Browser browser;
	private PageBridge bridge;
	private boolean preparing;
	private boolean scheduled;
	private boolean reparentingRefused;
	private int made;

	private DiagramPagePool(Display display) {
		this.display = display;
	}

	/** The workbench's pool, disposed with the workbench (UI thread). */
	public static DiagramPagePool workbench() {
		if (workbenchPool == null) {
			DiagramPagePool pool = new DiagramPagePool(Display.getCurrent());
			IWorkbench workbench = PlatformUI.getWorkbench();
			workbench.addWorkbenchListener(new IWorkbenchListener() {
				@Override
				public boolean preShutdown(IWorkbench closing, boolean forced) {
					pool.dispose();
					return true;
				}

				@Override
				public void postShutdown(IWorkbench closed) {
					// the spare went in preShutdown, while its display still ran
				}
			});
			workbenchPool = pool;
		}
		return workbenchPool;
	}

	/** Whether spares are made at all ({@value #WARM_PAGE_PROPERTY}, true unless set to false). */
	public static boolean enabled() {
		return !"false".equals(System.getProperty(WARM_PAGE_PROPERTY));
	}

	/** Whether a spare page is ready to be taken now (the open benchmark and tests wait for it). */
	public boolean hasSpare() {
		return browser != null && !browser.isDisposed() && bridge.ready();
	}

	/** Whether a spare is loading or about to (so a test or benchmark can wait until the machine is quiet again). */
	public boolean busy() {
		return scheduled || preparing && bridge != null && bridge.error() == null;
	}

	/** How many spare pages this pool started to make (tests check that a taken spare is replaced). */
	public int sparesMade() {
		return made;
	}

	/** The steps the spare page made while it loaded (tests check that it drew its made-up diagram, warmup.ts). */
	public Set<String> spareSteps() {
		return bridge == null ? Set.of() : bridge.times().steps().keySet();
	}

	/** The spare's Browser, or null (tests check that closing an editor leaves it alone). */
	public Browser spareBrowser() {
		return browser;
	}

	/**
	 * Makes a spare a while from now, on the UI thread, unless there is one or one is on its way (any editor calls
	 * this once its diagram is drawn).
	 */
	public void prepareSoon() {
		if (bridge != null && bridge.error() != null) {
			LOG.warn("A spare diagram page failed to load (" + bridge.error() + "); making another.");
			dispose();
			preparing = false;
		}
		if (browser != null && browser.isDisposed()) {
			// its window closed (the spare's shell is a child of the workbench window it was made in)
			dispose();
			preparing = false;
		}
		if (!enabled() || reparentingRefused || scheduled || preparing || browser != null || display.isDisposed()) {
			return;
		}
		scheduled = true;
		display.timerExec(PREPARE_DELAY_MS, () -> {
			scheduled = false;
			prepare();
		});
	}

	/**
	 * Starts loading a spare page now, under a client id of its own which the editor that takes it keeps (GLSP's
	 * client session is only made on open, with that id).
	 */
	private void prepare() {
		if (browser != null || display.isDisposed() || PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		preparing = true;
		made++;
		shelf = offScreenShell();
		browser = new Browser(shelf, SWT.NONE);
		String clientId = DiagramEditor.newClientId("diagram");
		bridge = new PageBridge(browser, clientId, DiagramEditor.server(), new OpeningTimes());
		bridge.onReady(() -> preparing = false);
		browser.setUrl(DiagramEditor.pageFolder() + "index.html?client=" + DiagramEditor.encode(clientId));
	}

	/**
	 * Where the spare page waits: a shown window outside the screen. WebKit treats a page in a hidden window as a
	 * background page (document.hidden) and throttles it: an open in it took a second longer than in a page of its own
	 * (timers clamped, each step of GLSP's loader waiting). A trimless child shell on top is, on GTK, a popup window
	 * that the window manager does not place, list or focus.
	 */
	private Shell offScreenShell() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Shell shell = window == null ? new Shell(display, SWT.NO_TRIM | SWT.ON_TOP | SWT.NO_FOCUS)
				: new Shell(window, SWT.NO_TRIM | SWT.ON_TOP | SWT.NO_FOCUS);
		shell.setLayout(new FillLayout());
		shell.setBounds(-10_000, -10_000, 800, 600);
		shell.setVisible(true);
		return shell;
	}

	/**
	 * The spare page, moved into {@code parent}, or null when none is ready or the Browser cannot move (then the
	 * editor loads its own page). The editor owns what it gets, and calls {@link #prepareSoon()} once it has drawn.
	 */
	Spare take(Composite parent) {
		if (!hasSpare()) {
			return null;
		}
		Browser spare = browser;
		PageBridge spareBridge = bridge;
		Shell emptied = shelf;
		browser = null;
		bridge = null;
		shelf = null;
		if (!spare.isReparentable() || !spare.setParent(parent)) {
			// WebKitGTK's Browser moves on SWT 4.x GTK; should a platform refuse, spares are of no use there
			reparentingRefused = true;
			LOG.warn("The diagram page could not move into the editor (SWT Control.setParent refused);"
					+ " diagram editors load their own page from now on.");
			spareBridge.disconnect();
			emptied.dispose();
			return null;
		}
		emptied.dispose();
		return new Spare(spare, spareBridge);
	}

	/** A spare page that an editor took: its Browser (now the editor's child) and the page's bridge. */
	record Spare(Browser browser, PageBridge bridge) {
	}

	private void dispose() {
		if (bridge != null) {
			bridge.disconnect();
		}
		if (shelf != null && !shelf.isDisposed()) {
			shelf.dispose();
		}
		browser = null;
		bridge = null;
		shelf = null;
	}
}

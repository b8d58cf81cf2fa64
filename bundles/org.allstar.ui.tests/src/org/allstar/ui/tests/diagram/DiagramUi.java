// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.diagram;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.allstar.diagram.ui.DiagramEditor;
import org.allstar.diagram.ui.DiagramPagePool;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;

/**
 * What the diagram UI tests share: a project with example files, opening a diagram editor, reading the drawing from
 * the page, running the workbench's commands as their keys would, waiting with the event loop, screenshots.
 */
final class DiagramUi {
	static final long TIMEOUT_MS = 60_000;

	private DiagramUi() {
	}

	/** A fresh project {@code name} with the .allstar files of the given folders of examples/. */
	static IProject project(String name, String... exampleFolders) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String folder : exampleFolders) {
			Path examples = Path.of(System.getProperty("allstar.test.examples"), folder);
			try (Stream<Path> files = Files.list(examples)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".allstar")).toList()) {
					project.getFile(file.getFileName().toString())
							.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
				}
			}
		}
		return project;
	}

	/** After each test: every editor closed unsaved (and with it each diagram's page), then the project deleted. */
	static void closeEditorsAndDelete(IProject project) throws Exception {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	/** The workbench's page, its window maximized so that a diagram has room to be drawn (and seen in screenshots). */
	static IWorkbenchPage page() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setMaximized(true);
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * Opens the diagram editor {@code editorId} on {@code file} and waits until its page loaded the diagram. Once the
	 * workbench's pool has made a spare page, it first waits for the spare, as a user's open would find it: every
	 * open but the first of the workbench then draws in a spare page (DiagramPagePoolUiTest checks that it did).
	 */
	static DiagramEditor open(IFile file, String editorId) throws PartInitException {
		DiagramPagePool pool = DiagramPagePool.workbench();
		if (pool.sparesMade() > 0) {
			waitUntil("the pool's spare page", () -> !pool.busy() && pool.hasSpare());
		}
		DiagramEditor diagram = (DiagramEditor) page().openEditor(new FileEditorInput(file), editorId, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		waitUntil(() -> "the diagram page to load (page error: " + diagram.pageError() + "; console errors: "
				+ diagram.pageConsoleErrors() + "; steps so far: " + diagram.openingTimes().steps().keySet() + ")",
				() -> diagram.loaded() || diagram.pageError() != null);
		return diagram;
	}

	/** Runs a workbench command in the active part, as its key binding would (Delete, Ctrl+Z, F2, Ctrl+A). */
	static void command(DiagramEditor diagram, String commandId) throws Exception {
		page().activate(diagram);
		diagram.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	static void waitForNodes(DiagramEditor diagram, String selector, int expected) {
		waitUntil(() -> expected + " × " + selector + " in the diagram (" + count(diagram, selector) + " now; page error: "
				+ diagram.pageError() + "; console errors: " + diagram.pageConsoleErrors() + "; drawn: "
				+ evaluate(diagram, "document.querySelector('.allstar-diagram svg')?.outerHTML.slice(0, 300)") + "; model:\n"
				+ evaluate(diagram, "window.allstar?.describeModel()") + ")",
				() -> count(diagram, selector) == expected);
	}

	/** Waits until the page's model (drawn, or out of view) holds {@code expected} elements of {@code type}. */
	static void waitForModel(DiagramEditor diagram, String type, int expected) {
		waitUntil(() -> expected + " × " + type + " in the page's model (page error: " + diagram.pageError()
				+ "; console errors: " + diagram.pageConsoleErrors() + "; model:\n"
				+ evaluate(diagram, "window.allstar?.describeModel()") + ")",
				() -> evaluate(diagram, "window.allstar?.countOfType('" + type + "')") instanceof Number n
						&& n.intValue() == expected);
	}

	/**
	 * How many SVG elements of the drawn diagram match {@code selector}; not those of the hidden copy that GLSP renders
	 * to measure labels and to export (its own div, which keeps the last model it rendered).
	 */
	static int count(DiagramEditor diagram, String selector) {
		Object n = diagram.browser()
				.evaluate("return document.querySelectorAll(\".allstar-diagram " + selector + "\").length;");
		return n instanceof Number number ? number.intValue() : -1;
	}

	/**
	 * What of the drawing is out of place, one line each, or "" when nothing: a node's line (label) not inside its
	 * node's box or not one text right in its node's group, or an edge's label more than {@code maxGap} pixels from its
	 * edge's bounds. Labels are sized by the server (GLSP's client layout is off), node lines placed by it too, edge
	 * labels by the page: this checks that they agree.
	 */
	static String labelsOutOfPlace(DiagramEditor diagram, int maxGap) {
		Object found = diagram.browser().evaluate("""
				const wrong = [];
				for (const text of document.querySelectorAll('.allstar-diagram text.sprotty-label')) {
				  const t = text.getBoundingClientRect();
				  const edge = text.closest('.sprotty-edge');
				  if (edge) {
				    const e = edge.querySelector(':scope > path').getBoundingClientRect();
				    const gap = Math.max(e.left - t.right, t.left - e.right, e.top - t.bottom, t.top - e.bottom, 0);
				    if (gap > %d) wrong.push('edge label ' + text.textContent + ' ' + gap + ' px from its edge');
				    continue;
				  }
				  // a gauge's text sits in the group that draws its bar, in its node's group
				  const owner = text.parentElement.classList.contains('allstar-gauge') ? text.parentElement.parentElement : text.parentElement;
				  if (!owner.querySelector(':scope > .sprotty-node')) wrong.push('line ' + text.textContent + ' not one text in its node');
				  let node = owner;
				  while (node && !node.querySelector(':scope > .sprotty-node')) node = node.parentElement;
				  const box = node?.querySelector(':scope > .sprotty-node').getBoundingClientRect();
				  if (!box || t.left < box.left || t.right > box.right || t.top < box.top || t.bottom > box.bottom) {
				    wrong.push('line ' + text.textContent + ' outside its node');
				  }
				}
				return wrong.join('\\n');
				""".formatted(maxGap));
		return String.valueOf(found);
	}

	/** The value of a JavaScript expression in the page. */
	static Object evaluate(DiagramEditor diagram, String expression) {
		return diagram.browser().evaluate("return " + expression + ";");
	}

	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(() -> what, condition);
	}

	/** Waits for {@code condition}; {@code what} is asked at the timeout, so it tells the state then. */
	static void waitUntil(Supplier<String> what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("waited " + TIMEOUT_MS + " ms for " + what.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted waiting for " + what.get());
				}
			}
		}
	}

	/** A PNG of the workbench window to allstar.test.screenshots, after the page painted. */
	static void screenshot(String name) {
		long until = System.currentTimeMillis() + 1_000;
		waitUntil("the page to paint", () -> System.currentTimeMillis() > until);
		Display display = Display.getCurrent();
		Rectangle bounds = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(System.getProperty("allstar.test.screenshots", "target"), name).toString(),
					SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}

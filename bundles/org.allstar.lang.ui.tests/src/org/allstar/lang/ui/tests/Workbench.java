// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.validation.IssueMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheet;

/** What the workbench tests share: example projects, waiting on the event loop, markers and screenshots. */
final class Workbench {

	static final long TIMEOUT_MS = 30_000;

	private Workbench() {
	}

	/** A fresh workspace project {@code name} holding the model files of examples/{@code folder}. */
	static IProject exampleProject(String name, String folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path examples = Path.of(System.getProperty("allstar.test.examples"), folder);
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".allstar")).toList()) {
				project.getFile(file.getFileName().toString())
						.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
			}
		}
		return project;
	}

	static IDocument documentOf(AllstarMlEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static List<IMarker> errorMarkers(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(IssueMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Runs the event loop (the test owns the UI thread) until {@code condition} holds. */
	static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("waited " + TIMEOUT_MS + " ms for " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
	}

	/** Waits until the editor's last check is of its current text. */
	static void waitForCheck(AllstarMlEditor editor) throws InterruptedException {
		waitUntil("the check of the current text", () -> editor.lastReconciliation() != null
				&& editor.lastReconciliation().text().equals(documentOf(editor).get()));
	}

	static void screenshot(String name) throws InterruptedException {
		Display display = Display.getCurrent();
		long paintedBy = System.currentTimeMillis() + 1_000;
		waitUntil("a painted window", () -> System.currentTimeMillis() > paintedBy);
		display.update();
		Rectangle bounds = display.getActiveShell() != null ? display.getActiveShell().getBounds()
				: display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(System.getProperty("allstar.test.screenshots"), name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The Properties view's rows as "name=value", categories as their names; none while it shows no tree. */
	static List<String> propertyRows(PropertySheet sheet) {
		if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			return List.of();
		}
		List<String> rows = new ArrayList<>();
		collectRows(tree.getItems(), rows);
		return rows;
	}

	private static void collectRows(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			if (item.getItemCount() > 0) {
				item.setExpanded(true);
				rows.add(item.getText(0));
				collectRows(item.getItems(), rows);
			} else {
				rows.add(item.getText(0) + "=" + item.getText(1));
			}
		}
	}
}

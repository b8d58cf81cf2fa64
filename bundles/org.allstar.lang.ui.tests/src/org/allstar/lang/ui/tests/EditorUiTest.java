// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.validation.IssueAnnotations;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor in a running workbench (UI harness, on the UI thread): examples/hello-edge/hello.allstar opens in the
 * ALLSTAR-ML editor, a change that breaks the architecture rule becomes an error marker on the placement's line and
 * a live annotation, undo removes it, and save writes the text to the file. A screenshot goes to target/.
 */
class EditorUiTest {

	private static final String VARIANT = "    variant arm64 \"hello/web:1.0-arm64\"\n";

	private IProject project;
	private IFile file;
	private IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		String text = Files.readString(Path.of(System.getProperty("allstar.test.examples"), "hello-edge", "hello.allstar"));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("hello-edge");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("hello.allstar");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void breakingARuleShowsAMarkerAndUndoRemovesIt() throws Exception {
		IEditorPart part = IDE.openEditor(page, file);
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class, part);
		waitUntil("the first check", () -> editor.lastReconciliation() != null);
		assertEquals(List.of(), errorMarkers());

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();
		assertTrue(text.contains(VARIANT), "the example has its arm64 variant");
		document.replace(text.indexOf(VARIANT), VARIANT.length(), "");
		assertTrue(editor.isDirty());

		waitUntil("an error marker", () -> !errorMarkers().isEmpty());
		IMarker marker = errorMarkers().get(0);
		int placementLine = document.getLineOfOffset(document.get().indexOf("web on CornerShop.box")) + 1;
		assertEquals(placementLine, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("arm64"), marker.getAttribute(IMarker.MESSAGE, ""));
		waitUntil("a squiggle in the editor", () -> liveErrors(editor) > 0); // applied on the UI thread
		waitUntil("the colours of the edited text", () -> editor.lastReconciliation().text().equals(document.get()));
		StyledText widget = (StyledText) editor.getAdapter(Control.class);
		StyleRange keyword = widget.getStyleRangeAtOffset(document.get().indexOf("cpu 1 core"));
		assertTrue(keyword != null && (keyword.fontStyle & SWT.BOLD) != 0, "'cpu' after the edit is a bold keyword");
		assertTrue(editor.getAdapter(IContentOutlinePage.class) != null);
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		page.activate(editor);
		editor.selectAndReveal(document.get().indexOf("web on"), 0);
		screenshot("editor-with-marker.png");

		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertTrue(document.get().contains(VARIANT), "undo puts the variant back");
		waitUntil("the marker to go", () -> errorMarkers().isEmpty());

		document.replace(0, 0, "// edited\n");
		editor.doSave(null);
		assertFalse(editor.isDirty());
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.startsWith("// edited\n"), saved);
	}

	@Test
	void formatRewritesTheLayoutInOneUndoableStep() throws Exception {
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page, file));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String standard = document.get();
		String flat = standard.replaceAll("(?m)^ +", "");
		document.set(flat);
		editor.getAction(AllstarMlEditor.FORMAT_ACTION).run();
		assertEquals(standard, document.get(), "the example is in the standard layout");
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(flat, document.get(), "one undo takes the whole format back");
	}

	private List<IMarker> errorMarkers() {
		return Workbench.errorMarkers(file);
	}

	private static int liveErrors(AllstarMlEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		int[] count = { 0 };
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (IssueAnnotations.ERROR.equals(a.getType())) {
				count[0]++;
			}
		});
		return count[0];
	}

	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		Workbench.waitUntil(what, condition);
	}

	private static void screenshot(String name) throws InterruptedException {
		Workbench.screenshot(name);
	}
}

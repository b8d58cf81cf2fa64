// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.highlighting.PresentationUpdater;
import org.allstar.lang.ui.outline.AllstarMlOutlinePage;
import org.allstar.lang.ui.outline.OutlineNode;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

/**
 * The editor shows a check incrementally (only the changed region recoloured, the outline tree kept while its shape
 * is): after each edit, the widget's colours must be those a repaint of the whole text gives, text revealed by
 * opening a fold must be coloured, and the outline must hand out the current check's elements and offsets.
 */
class IncrementalShowUiTest extends ExampleProjectTest {

	@Test
	void coloursAfterEachEditAreThoseOfAWholeRepaint() throws Exception {
		AllstarMlEditor editor = openMogProviders("incremental-colours");
		IDocument document = Workbench.documentOf(editor);
		ProjectionViewer viewer = (ProjectionViewer) editor.getAdapter(ITextOperationTarget.class);
		String[][] edits = { { "cpu 16 cores", "cpu 64 cores" }, { "node gpuVm {", "// a comment\n  node gpuVm {" },
				{ "memory 64 GB", "memory 64 GB // to the end of the line" }, { "// a comment\n", "/* open " },
				{ "/* open ", "" }, { "cpu 64 cores", "cpu \"sixty-four\" cores" } };
		for (String[] edit : edits) {
			int at = document.get().indexOf(edit[0]);
			assertTrue(at >= 0, edit[0]);
			document.replace(at, edit[0].length(), edit[1]);
			Workbench.waitForCheck(editor);
			Workbench.waitUntil("the outline and folds", () -> editor.structureShown() == editor.lastReconciliation());
			List<String> shown = styles(viewer.getTextWidget());
			new PresentationUpdater().apply(viewer, editor.lastReconciliation().highlights());
			assertEquals(styles(viewer.getTextWidget()), shown, "colours after replacing '" + edit[0] + "'");
		}
		Workbench.screenshot("incremental-colours.png");
	}

	@Test
	void textRevealedByOpeningAFoldIsColoured() throws Exception {
		AllstarMlEditor editor = openMogProviders("incremental-folds");
		ProjectionViewer viewer = (ProjectionViewer) editor.getAdapter(ITextOperationTarget.class);
		var folds = viewer.getProjectionAnnotationModel();
		Workbench.waitUntil("folds", () -> folds.getAnnotationIterator().hasNext());
		List<String> before = styles(viewer.getTextWidget());
		var first = (ProjectionAnnotation) folds.getAnnotationIterator().next();
		folds.collapse(first);
		folds.expand(first);
		assertEquals(before, styles(viewer.getTextWidget()), "colours after closing and opening a fold");
	}

	@Test
	void theOutlineHandsOutTheCurrentElementsAfterAnEditThatKeepsItsShape() throws Exception {
		AllstarMlEditor editor = openMogProviders("incremental-outline");
		page.showView(IPageLayout.ID_OUTLINE);
		AllstarMlOutlinePage outline = (AllstarMlOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		IDocument document = Workbench.documentOf(editor);
		document.replace(0, 0, "// moves every element\n");
		Workbench.waitForCheck(editor);
		Workbench.waitUntil("the outline", () -> editor.structureShown() == editor.lastReconciliation());
		OutlineNode gpuVm = editor.lastReconciliation().outline().get(0).children().stream()
				.filter(node -> node.label().equals("node gpuVm")).findFirst().orElseThrow();
		outline.setSelection(new StructuredSelection(gpuVm));
		Object selected = ((IStructuredSelection) outline.getSelection()).getFirstElement();
		assertSame(gpuVm, selected, "the current check's node, not the tree's older one");
		editor.selectAndReveal(document.get().indexOf("cpu 16 cores"), 0);
		outline.select(document.get().indexOf("cpu 16 cores"));
		OutlineNode atCaret = assertInstanceOf(OutlineNode.class,
				((IStructuredSelection) outline.getSelection()).getFirstElement());
		assertEquals("node gpuVm", atCaret.label());
		assertEquals(document.get().indexOf("gpuVm {"), atCaret.nameOffset(), "the offset in the current text");
		assertNotNull(atCaret.element());
	}

	/** The widget's style of every character: foreground colour and font style. */
	private static List<String> styles(StyledText widget) {
		List<String> styles = new ArrayList<>();
		String[] perChar = new String[widget.getCharCount()];
		for (StyleRange range : widget.getStyleRanges()) {
			for (int i = range.start; i < range.start + range.length; i++) {
				perChar[i] = (range.foreground == null ? "-" : range.foreground.getRGB().toString()) + "/"
						+ range.fontStyle;
			}
		}
		for (String style : perChar) {
			styles.add(style == null || style.equals("-/0") ? "" : style);
		}
		return styles;
	}

	/** The MOG example's providers.allstar in a new project {@code name}, opened and checked once. */
	private AllstarMlEditor openMogProviders(String name) throws Exception {
		project = Workbench.exampleProject(name, "mog-live");
		AllstarMlEditor editor = (AllstarMlEditor) IDE.openEditor(page, project.getFile("providers.allstar"),
				AllstarMlEditor.ID);
		Workbench.waitForCheck(editor);
		return editor;
	}
}

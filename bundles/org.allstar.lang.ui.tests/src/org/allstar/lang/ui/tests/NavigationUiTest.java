// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.hover.ModelTextHover;
import org.allstar.lang.ui.navigation.DeclarationHyperlinkDetector;
import org.allstar.lang.ui.navigation.ModelElements;
import org.allstar.lang.ui.validation.IssueAnnotation;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Navigating the MOG example (examples/mog-live, six files): F3 and Ctrl+click on a node after {@code on} open its
 * declaration in providers.allstar, hovers show a node's key figures and a squiggle's message, and element bodies
 * fold.
 */
class NavigationUiTest {

	private static final String PLACEMENT = "transcoder on AwsFrankfurt.gpuVm";

	private IProject project;
	private IWorkbenchPage page;
	private AllstarMlEditor editor;
	private IDocument document;

	@BeforeEach
	void openDeployment() throws Exception {
		project = Workbench.exampleProject("mog-navigation", "mog-live");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = assertInstanceOf(AllstarMlEditor.class,
				IDE.openEditor(page, project.getFile("deployment.allstar")));
		document = Workbench.documentOf(editor);
		Workbench.waitForCheck(editor);
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private int offsetOfNode() {
		return document.get().indexOf(PLACEMENT) + PLACEMENT.indexOf("gpuVm") + 2;
	}

	@Test
	void openDeclarationShowsTheNodeInItsSiblingFile() throws Exception {
		editor.selectAndReveal(offsetOfNode(), 0);
		editor.getAction(AllstarMlEditor.OPEN_DECLARATION_ACTION).run();
		AllstarMlEditor providers = assertInstanceOf(AllstarMlEditor.class, page.getActiveEditor());
		assertEquals("providers.allstar", providers.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) providers.getSelectionProvider().getSelection();
		assertEquals("gpuVm", selection.getText());
		assertTrue(Workbench.documentOf(providers).get().substring(0, selection.getOffset())
				.endsWith("provider AwsFrankfurt {\n  kind cloud\n  region \"eu-central-1\"\n"
						+ "  location 50.11, 8.68\n  availability 99.95 %\n"
						+ "  wallet 0x617F2E2fD72FD9D5503197092aC168c91465E7f2\n"
						+ "  endpoint docker \"tcp://203.0.113.10:2376\" tls\n"
						+ "  endpoint kubernetes \"https://203.0.113.11:6443\" tls\n  node "),
				"the gpuVm of AwsFrankfurt");
		Workbench.screenshot("open-declaration.png");
	}

	@Test
	void ctrlClickOnAReferenceIsAHyperlinkToItsDeclaration() throws Exception {
		List<Object> opened = new ArrayList<>();
		var detector = new DeclarationHyperlinkDetector(editor::currentModel,
				Fixtures.SERVICES.get(ModelElements.class), opened::add);
		IHyperlink[] links = detector.detectHyperlinks(viewer(), new Region(offsetOfNode(), 0), false);
		assertNotNull(links, "a hyperlink on the node reference");
		var region = links[0].getHyperlinkRegion();
		assertEquals("AwsFrankfurt.gpuVm", document.get(region.getOffset(), region.getLength()));
		links[0].open();
		assertTrue(opened.get(0).toString().contains("providers.allstar"), opened.toString());
		assertEquals(null, detector.detectHyperlinks(viewer(), new Region(document.get().indexOf("deployment"), 0),
				false), "no hyperlink on a keyword");
	}

	@Test
	void hoverShowsTheNodesKeyFigures() throws Exception {
		String hover = new ModelTextHover(viewer(), editor::currentModel, Fixtures.SERVICES.get(ModelElements.class))
				.getHoverInfo(viewer(), new Region(offsetOfNode(), 0));
		assertTrue(hover.startsWith("node gpuVm\n"), "no other annotation's text: " + hover);
		for (String figure : List.of("node gpuVm", "cpu: 16 cores", "memory: 64 GB", "price: 1.21 EUR/h",
				"accelerators: accelerator gpu nvidia \"A10G\" count 2 memory 24 GB", "region: eu-central-1")) {
			assertTrue(hover.contains(figure), figure + " in:\n" + hover);
		}
	}

	@Test
	void hoverOnASquiggleShowsItsMessage() throws Exception {
		String on = "transcoder on AwsFrankfurt.";
		document.replace(document.get().indexOf(on) + on.length(), "gpuVm".length(), "gpuVmm");
		Workbench.waitForCheck(editor);
		Workbench.waitUntil("a squiggle", () -> {
			var it = viewer().getAnnotationModel().getAnnotationIterator();
			while (it.hasNext()) {
				if (it.next() instanceof IssueAnnotation) {
					return true;
				}
			}
			return false;
		});
		int offset = document.get().indexOf("gpuVmm") + 1;
		String hover = new ModelTextHover(viewer(), editor::currentModel, Fixtures.SERVICES.get(ModelElements.class))
				.getHoverInfo(viewer(), new Region(offset, 0));
		assertTrue(hover.contains("No node named 'AwsFrankfurt.gpuVmm'"), hover);
	}

	@Test
	void elementBodiesFold() throws Exception {
		AllstarMlEditor providers = assertInstanceOf(AllstarMlEditor.class,
				IDE.openEditor(page, project.getFile("providers.allstar")));
		Workbench.waitForCheck(providers);
		ProjectionViewer viewer = (ProjectionViewer) providers.getAdapter(ITextOperationTarget.class);
		var folds = viewer.getProjectionAnnotationModel();
		Workbench.waitUntil("folds", () -> folds.getAnnotationIterator().hasNext());
		List<String> firstLines = new ArrayList<>();
		IDocument text = Workbench.documentOf(providers);
		folds.getAnnotationIterator().forEachRemaining(fold -> {
			var position = folds.getPosition(fold);
			try {
				firstLines.add(text.get(position.getOffset(), text.getLineLength(text.getLineOfOffset(position.getOffset()))).trim());
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(firstLines.contains("provider AwsFrankfurt {"), firstLines.toString());
		assertTrue(firstLines.contains("node gpuVm {"), firstLines.toString());
		var keyword = viewer.getTextWidget().getStyleRangeAtOffset(text.get().indexOf("cpu 16 cores"));
		assertTrue(keyword != null && (keyword.fontStyle & org.eclipse.swt.SWT.BOLD) != 0,
				"the first check's colours survive its folds");
		int lines = viewer.getTextWidget().getLineCount();
		var first = (ProjectionAnnotation) folds.getAnnotationIterator().next();
		folds.collapse(first);
		assertTrue(viewer.getTextWidget().getLineCount() < lines, "a collapsed fold hides its lines");
		Workbench.screenshot("folding.png");
	}

	private ISourceViewer viewer() {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.diagram;

import static org.allstar.ui.tests.diagram.DiagramUi.count;
import static org.allstar.ui.tests.diagram.DiagramUi.labelsOutOfPlace;
import static org.allstar.ui.tests.diagram.DiagramUi.open;
import static org.allstar.ui.tests.diagram.DiagramUi.page;
import static org.allstar.ui.tests.diagram.DiagramUi.screenshot;
import static org.allstar.ui.tests.diagram.DiagramUi.waitForNodes;
import static org.allstar.ui.tests.diagram.DiagramUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allstar.diagram.ui.ApplicationDiagramEditor;
import org.allstar.diagram.ui.DiagramEditor;
import org.allstar.diagram.ui.InfrastructureDiagramEditor;
import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.model.Component;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MOG example (examples/mog-live) in both diagram editors, drawn by the real GLSP client in the SWT Browser
 * from the real server in the workbench: the SVG's nodes are counted in the page. A component typed into the text
 * editor appears in the diagram open on the same document, and the diagram editor is dirty with it. Each test opens
 * its own diagram sessions in the same workbench (and so on the same GLSP server) as the tests before it.
 */
class DiagramEditorsUiTest {

	private IProject project;

	@BeforeEach
	void copyTheExample() throws Exception {
		project = DiagramUi.project("mog-diagrams", "mog-live");
	}

	@AfterEach
	void closeEverything() throws Exception {
		DiagramUi.closeEditorsAndDelete(project);
	}

	@Test
	void theApplicationDiagramShowsLiveStoryAndReportsItsSelection() throws Exception {
		IFile file = project.getFile("livestory.allstar");
		AllstarMlEditor text = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page(), file));
		DiagramEditor diagram = assertInstanceOf(ApplicationDiagramEditor.class, open(file, ApplicationDiagramEditor.ID));
		waitForNodes(diagram, "g.component", 4);
		assertEquals(3, count(diagram, "g.flow"), "the three flows");
		assertTrue(count(diagram, "g.component .sprotty-label") >= 8, "names and figures are drawn");
		assertEquals(2, count(diagram, "g.flow .requirement"), "the latency requirement on the two flows of its path");
		assertEquals(2, count(diagram, "g.flow.on-latency-path"), "the two flows of the requirement's path");
		assertEquals(1, count(diagram, "g.component[id$='_transcoder'] text.allstar-icon.accelerator-required"));
		assertEquals(1, count(diagram, "g.component[id$='_precheck'] text.allstar-icon.accelerator-preferred"));
		assertEquals(2, count(diagram, "g.component[id$='_storyNlp'] text.allstar-icon"), "accelerator and enclave");
		assertEquals(1, count(diagram, "g.component[id$='_storyNlp'] text.allstar-icon.isolation-enclave"));
		assertEquals(0, count(diagram, "g.component[id$='_capture'] text.allstar-icon"), "no need, no isolation");
		assertEquals("", iconsOutOfPlace(diagram), "icons inside their component, clear of its lines");
		assertEquals("rgb(184, 110, 0)", DiagramUi.evaluate(diagram, "getComputedStyle(document.querySelector("
				+ "\".allstar-diagram g.component[id$='_capture'] text.sensitivity-personal\")).fill"),
				"a personal data badge in its sensitivity's colour");
		assertEquals("rgb(184, 110, 0)", DiagramUi.evaluate(diagram,
				"getComputedStyle(document.querySelector('.allstar-diagram g.flow.on-latency-path > path')).stroke"),
				"drawn in the requirement's colour");
		assertEquals("", labelsOutOfPlace(diagram, 40), "labels where they belong");
		screenshot("diagram-application.png");

		// selected in the page (GLSP's selection service): the editor's selection is the model's component
		diagram.browser().execute("window.allstar.select(['storyNlp']);");
		waitUntil("storyNlp as the editor's selection", () -> diagram.getSite().getSelectionProvider()
				.getSelection() instanceof IStructuredSelection selected
				&& selected.getFirstElement() instanceof Component component
				&& "storyNlp".equals(component.getName()));
		// and shown in the text editor of the same file: the component's name selected there
		ITextSelection inText = (ITextSelection) text.getSelectionProvider().getSelection();
		assertEquals("storyNlp", inText.getText());
		String shown = AllstarMlEditor.sharedDocumentProvider().getDocument(text.getEditorInput()).get();
		assertEquals(shown.indexOf("component storyNlp") + "component ".length(), inText.getOffset());
		assertSame(diagram, page().getActivePart(), "the diagram keeps the focus");
		assertNull(diagram.pageError());
	}

	@Test
	void aComponentTypedInTheTextEditorAppearsInTheDiagram() throws Exception {
		IFile file = project.getFile("livestory.allstar");
		AllstarMlEditor text = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page(), file));
		DiagramEditor diagram = open(file, ApplicationDiagramEditor.ID);
		waitForNodes(diagram, "g.component", 4);
		IDocument document = AllstarMlEditor.sharedDocumentProvider().getDocument(text.getEditorInput());
		int at = document.get().indexOf("  flow capture");
		document.replace(at, 0, "  component recap {\n    image \"mog/recap:1.0\"\n  }\n");
		waitForNodes(diagram, "g.component", 5);
		assertEquals(1, count(diagram, "g.component[id$='_recap']"), "the new component, by its id");
		assertTrue(diagram.isDirty(), "the diagram shares the text editor's dirty document");
		assertNull(diagram.pageError());
		screenshot("diagram-application-after-text-edit.png");
	}

	@Test
	void theInfrastructureDiagramShowsTheProvidersNodesAndPlacements() throws Exception {
		IFile file = project.getFile("deployment.allstar");
		DiagramEditor diagram = assertInstanceOf(InfrastructureDiagramEditor.class,
				open(file, InfrastructureDiagramEditor.ID));
		waitForNodes(diagram, "g.provider", 3);
		waitForNodes(diagram, "g.host", 8);
		assertTrue(count(diagram, ".deployed") >= 2, "the deployment's placements are drawn on their nodes");
		assertEquals("rgb(106, 27, 154)", DiagramUi.evaluate(diagram,
				"getComputedStyle(document.querySelector('.allstar-diagram text.deployed')).fill"), "in the placements' colour");
		assertEquals(8, count(diagram, "g.host .gauge-cpu"), "a CPU gauge on each node of the deployment");
		assertEquals("", gaugesNotFilledToTheirShare(diagram), "each gauge's bar filled to the share its text says");
		assertEquals("", labelsOutOfPlace(diagram, 40), "labels where they belong");
		assertNull(diagram.pageError());
		screenshot("diagram-infrastructure.png");
	}

	/** Each component icon outside its box or over one of its lines, one per line, or "" when none is. */
	private static String iconsOutOfPlace(DiagramEditor diagram) {
		return String.valueOf(diagram.browser().evaluate("""
				const wrong = [];
				const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				for (const icon of document.querySelectorAll('.allstar-diagram g.component > text.allstar-icon')) {
				  const node = icon.parentElement;
				  const i = icon.getBoundingClientRect();
				  const box = node.querySelector(':scope > .sprotty-node').getBoundingClientRect();
				  if (i.width === 0 || i.left < box.left || i.right > box.right || i.top < box.top || i.bottom > box.bottom) {
				    wrong.push(node.id + ': icon outside its box');
				  }
				  for (const line of node.querySelectorAll(':scope > text.sprotty-label')) {
				    if (overlap(i, line.getBoundingClientRect())) wrong.push(node.id + ': icon over ' + line.textContent);
				  }
				}
				return wrong.join('\\n');
				"""));
	}

	/**
	 * Each gauge whose bar is not filled to the share in use that its text states ("CPU 8 / 16 cores": half), one per
	 * line, or "" when all are; a share past the capacity fills the whole bar.
	 */
	private static String gaugesNotFilledToTheirShare(DiagramEditor diagram) {
		return String.valueOf(diagram.browser().evaluate("""
				const wrong = [];
				for (const gauge of document.querySelectorAll('.allstar-diagram g.allstar-gauge')) {
				  const text = gauge.querySelector('text').textContent;
				  const numbers = text.match(/([0-9.]+) \\/ ([0-9.]+)/);
				  const share = Math.min(Number(numbers[1]) / Number(numbers[2]), 1);
				  const track = gauge.querySelector('.allstar-gauge-track').width.baseVal.value;
				  const fill = gauge.querySelector('.allstar-gauge-fill').width.baseVal.value;
				  if (!(track > 0) || Math.abs(fill / track - share) > 0.01) wrong.push(text + ': filled ' + fill + ' of ' + track);
				}
				return wrong.length === 0 && document.querySelectorAll('.allstar-diagram g.allstar-gauge').length === 0
				    ? 'no gauge drawn' : wrong.join('\\n');
				"""));
	}

	@Test
	void bothEditorsOpenTogetherOnTheMogExample() throws Exception {
		DiagramEditor application = open(project.getFile("livestory.allstar"), ApplicationDiagramEditor.ID);
		DiagramEditor infrastructure = open(project.getFile("deployment.allstar"), InfrastructureDiagramEditor.ID);
		waitForNodes(infrastructure, "g.host", 8);
		screenshot("diagram-mog-infrastructure.png");
		page().activate(application);
		waitForNodes(application, "g.component", 4);
		screenshot("diagram-mog-application.png");
		assertNull(application.pageError());
		assertNull(infrastructure.pageError());
	}
}

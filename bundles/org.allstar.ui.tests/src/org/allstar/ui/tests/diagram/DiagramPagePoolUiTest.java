// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.diagram;

import static org.allstar.ui.tests.diagram.DiagramUi.count;
import static org.allstar.ui.tests.diagram.DiagramUi.open;
import static org.allstar.ui.tests.diagram.DiagramUi.page;
import static org.allstar.ui.tests.diagram.DiagramUi.waitForModel;
import static org.allstar.ui.tests.diagram.DiagramUi.waitForNodes;
import static org.allstar.ui.tests.diagram.DiagramUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allstar.diagram.ui.ApplicationDiagramEditor;
import org.allstar.diagram.ui.DiagramEditor;
import org.allstar.diagram.ui.DiagramPagePool;
import org.allstar.diagram.ui.InfrastructureDiagramEditor;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The spare diagram page ({@link DiagramPagePool}): once a diagram has drawn, the pool loads a page in the background;
 * the next editor takes it (its Browser moves into the editor) and draws its own diagram in it; the pool then makes
 * another. Two editors opened at once both draw (one in the spare, one in a page of its own), and closing an editor
 * leaves the spare alone.
 */
class DiagramPagePoolUiTest {

	private IProject project;

	@BeforeEach
	void copyTheExample() throws Exception {
		project = DiagramUi.project("pool-diagrams", "mog-live");
	}

	@AfterEach
	void closeEverything() throws Exception {
		DiagramUi.closeEditorsAndDelete(project);
	}

	/** Opens a diagram (in a spare or not) so that the pool has drawn once, then waits for its spare. */
	private static DiagramPagePool poolWithASpare() throws Exception {
		DiagramEditor first = open(DiagramUi.project("pool-warm-up", "mog-live").getFile("livestory.allstar"),
				ApplicationDiagramEditor.ID);
		waitForNodes(first, "g.component", 4);
		page().closeEditor(first, false);
		DiagramPagePool pool = DiagramPagePool.workbench();
		waitUntil("a spare page", pool::hasSpare);
		return pool;
	}

	@Test
	void theNextOpenDrawsInTheSparePageAndThePoolMakesAnother() throws Exception {
		DiagramPagePool pool = poolWithASpare();
		Browser spare = pool.spareBrowser();
		int made = pool.sparesMade();
		assertTrue(pool.spareSteps().contains("page drew a made-up diagram"), pool.spareSteps().toString());
		assertEquals(Boolean.TRUE, spare.evaluate("return document.getElementById('allstar-warm-up') === null"),
				"the made-up diagram is gone from the spare");

		DiagramEditor diagram = open(project.getFile("deployment.allstar"), InfrastructureDiagramEditor.ID);
		assertTrue(diagram.usedSparePage(), "the open took the spare page");
		assertSame(spare, diagram.browser(), "the spare's Browser moved into the editor");
		waitForNodes(diagram, "g.provider", 3);
		waitForNodes(diagram, "g.host", 8);
		assertEquals(8, count(diagram, "g.host"), "no host of the made-up diagram in the real one");
		assertNull(diagram.pageError());
		assertTrue(diagram.openingTimes().steps().containsKey("page is told its diagram"),
				"the page was told its diagram, not loaded with it");
		assertFalse(diagram.openingTimes().steps().containsKey("page runs its script"),
				"the page's script ran before the open");

		waitUntil("the pool's next spare", pool::hasSpare);
		assertEquals(made + 1, pool.sparesMade(), "one new spare");
		assertNotSame(spare, pool.spareBrowser());
	}

	@Test
	void aDiagramInTheSparePageIsEditable() throws Exception {
		poolWithASpare();
		DiagramEditor diagram = open(project.getFile("livestory.allstar"), ApplicationDiagramEditor.ID);
		assertTrue(diagram.usedSparePage());
		waitForNodes(diagram, "g.component", 4);
		assertEquals(3, count(diagram, "g.flow"));
		// the page's API and the server's session are this editor's: a create reaches its document
		diagram.browser().execute("window.allstar.create('node:component', 300, 220);");
		waitForModel(diagram, "node:component", 5);
		assertTrue(diagram.isDirty(), "the diagram edit changed the editor's document");
		assertNull(diagram.pageError());
	}

	@Test
	void twoEditorsOpenedAtOnceBothDraw() throws Exception {
		poolWithASpare();
		IWorkbenchPage page = page();
		// no event loop between the two: the second cannot find a new spare and loads its own page
		DiagramEditor application = (DiagramEditor) page.openEditor(
				new FileEditorInput(project.getFile("livestory.allstar")), ApplicationDiagramEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		DiagramEditor infrastructure = (DiagramEditor) page.openEditor(
				new FileEditorInput(project.getFile("deployment.allstar")), InfrastructureDiagramEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		assertTrue(application.usedSparePage(), "the first took the spare");
		assertFalse(infrastructure.usedSparePage(), "the second loaded its own page");
		waitForNodes(infrastructure, "g.host", 8);
		page.activate(application);
		waitForNodes(application, "g.component", 4);
		assertNull(application.pageError());
		assertNull(infrastructure.pageError());
	}

	@Test
	void closingAnEditorLeavesTheSpareAlone() throws Exception {
		DiagramPagePool pool = poolWithASpare();
		DiagramEditor diagram = open(project.getFile("livestory.allstar"), ApplicationDiagramEditor.ID);
		waitForNodes(diagram, "g.component", 4);
		waitUntil("the pool's next spare", pool::hasSpare);
		Browser spare = pool.spareBrowser();
		page().closeAllEditors(false);
		assertTrue(diagram.browser().isDisposed(), "the editor's page went with the editor");
		assertFalse(spare.isDisposed(), "the spare stays");
		assertTrue(pool.hasSpare());
		DiagramEditor next = open(project.getFile("livestory.allstar"), ApplicationDiagramEditor.ID);
		assertSame(spare, next.browser(), "and the next open takes it");
		waitForNodes(next, "g.component", 4);
	}
}

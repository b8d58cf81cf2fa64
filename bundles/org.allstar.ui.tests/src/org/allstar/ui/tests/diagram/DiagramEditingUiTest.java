// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.diagram;

import static org.allstar.ui.tests.diagram.DiagramUi.command;
import static org.allstar.ui.tests.diagram.DiagramUi.count;
import static org.allstar.ui.tests.diagram.DiagramUi.evaluate;
import static org.allstar.ui.tests.diagram.DiagramUi.open;
import static org.allstar.ui.tests.diagram.DiagramUi.page;
import static org.allstar.ui.tests.diagram.DiagramUi.screenshot;
import static org.allstar.ui.tests.diagram.DiagramUi.waitForModel;
import static org.allstar.ui.tests.diagram.DiagramUi.waitForNodes;
import static org.allstar.ui.tests.diagram.DiagramUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allstar.diagram.ui.ApplicationDiagramEditor;
import org.allstar.diagram.ui.DiagramEditor;
import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing LiveStory from its application diagram, as a user would: the page sends the operation a palette click
 * sends, the workbench's keys (Ctrl+Z, F2, Ctrl+A, Delete) run their commands in the diagram editor. Each edit is
 * checked in the text editor's document, the one truth.
 */
class DiagramEditingUiTest {

	private static final Pattern NEW_COMPONENT = Pattern.compile("component (component\\d+) \\{");

	private IProject project;
	private IDocument document;
	private AllstarMlEditor text;
	private DiagramEditor diagram;

	@BeforeEach
	void openBothEditors() throws Exception {
		project = DiagramUi.project("mog-editing", "mog-live");
		IFile file = project.getFile("livestory.allstar");
		text = (AllstarMlEditor) IDE.openEditor(page(), file);
		document = AllstarMlEditor.sharedDocumentProvider().getDocument(text.getEditorInput());
		diagram = open(file, ApplicationDiagramEditor.ID);
		waitForNodes(diagram, "g.component", 4);
	}

	@AfterEach
	void closeEverything() throws Exception {
		DiagramUi.closeEditorsAndDelete(project);
	}

	@Test
	void aComponentCreatedInTheDiagramIsTextAndCtrlZRestoresTheTextExactly() throws Exception {
		String before = document.get();
		String created = createComponent();
		waitForModel(diagram, "node:component", 5);
		assertEquals(1, count(diagram, "g.component[id$='_" + created + "']"), "drawn under its name");
		assertTrue(diagram.isDirty(), "the diagram editor is dirty");
		assertTrue(text.isDirty(), "the text editor is dirty: the same document");
		screenshot("diagram-edit-created.png");

		command(diagram, "org.eclipse.ui.edit.undo");
		waitUntil(() -> "Undo to restore the text; it is now:\n" + document.get(), () -> document.get().equals(before));
		waitForModel(diagram, "node:component", 4);
	}

	@Test
	void f2RenamesInPlaceThenSelectAllAndDeleteReachTheDiagram() throws Exception {
		String created = createComponent();
		waitForModel(diagram, "node:component", 5);

		diagram.browser().execute("window.allstar.select(['" + created + "']);");
		waitUntil("the new component selected", () -> diagram.selectedIds().equals(java.util.List.of(created)));
		command(diagram, "org.eclipse.ui.edit.rename");
		waitUntil(() -> "the in-place editor of the name (console errors: " + diagram.pageConsoleErrors() + ")",
				() -> Boolean.TRUE.equals(evaluate(diagram, "document.querySelector('.label-edit input') !== null")));
		// typed and confirmed with Enter, as GLSP's label editor takes it
		diagram.browser().execute("""
				const input = document.querySelector('.label-edit input');
				input.value = 'recap';
				input.dispatchEvent(new Event('input', { bubbles: true }));
				setTimeout(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true })), 300);
				""");
		waitUntil(() -> "the rename in the text (console errors: " + diagram.pageConsoleErrors() + ")",
				() -> document.get().contains("component recap {") && !document.get().contains(created));
		waitForNodes(diagram, "g.component[id$='_recap']", 1);
		screenshot("diagram-edit-renamed.png");

		command(diagram, "org.eclipse.ui.edit.selectAll");
		waitUntil(() -> "Select All to select the 5 components and 3 flows (selected: " + diagram.selectedIds() + ")",
				() -> diagram.selectedIds().containsAll(java.util.List.of("recap", "capture", "precheck", "transcoder",
						"storyNlp")) && diagram.selectedIds().stream().filter(id -> id.startsWith("flow:")).count() == 3);

		diagram.browser().execute("window.allstar.select(['recap']);");
		waitUntil("recap alone selected", () -> diagram.selectedIds().equals(java.util.List.of("recap")));
		command(diagram, "org.eclipse.ui.edit.delete");
		waitUntil(() -> "Delete to remove recap from the text:\n" + document.get(),
				() -> !document.get().contains("recap"));
		waitForModel(diagram, "node:component", 4);
		assertFalse(document.get().contains("component component"), "nothing else was added");
	}

	/** What a palette click on Component and then on the canvas sends; returns the new component's name. */
	private String createComponent() {
		String before = document.get();
		diagram.browser().execute("window.allstar.create('node:component', 300, 220);");
		waitUntil(() -> "the created component in the text (console errors: " + diagram.pageConsoleErrors() + ")",
				() -> NEW_COMPONENT.matcher(document.get()).find() && !document.get().equals(before));
		Matcher matcher = NEW_COMPONENT.matcher(document.get());
		assertTrue(matcher.find());
		return matcher.group(1);
	}
}

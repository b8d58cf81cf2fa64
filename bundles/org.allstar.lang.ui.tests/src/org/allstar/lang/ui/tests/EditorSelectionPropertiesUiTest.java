// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Workbench.propertyRows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

/**
 * The editor's own selection fills the Properties view: the element around the caret, or around the selected text,
 * follows as the caret moves.
 */
class EditorSelectionPropertiesUiTest extends ExampleProjectTest {

	@Test
	void theElementAtTheCaretOrSelectionIsInTheProperties() throws Exception {
		project = Workbench.exampleProject("mog-caret-properties", "mog-live");
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class,
				IDE.openEditor(page, project.getFile("providers.allstar")));
		Workbench.waitForCheck(editor);
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		String text = Workbench.documentOf(editor).get();

		editor.selectAndReveal(text.indexOf("cpu 16 cores"), 0);
		Workbench.waitUntil("the caret's node in Properties", () -> propertyRows(properties).contains("name=gpuVm"));
		assertTrue(propertyRows(properties).contains("cpu=16 cores"), propertyRows(properties).toString());
		Workbench.screenshot("caret-properties.png");

		editor.selectAndReveal(text.indexOf("region \"pt-norte\""), "region \"pt-norte\"".length());
		Workbench.waitUntil("the selected text's provider in Properties",
				() -> propertyRows(properties).contains("name=PortoEdge"));
		assertTrue(!propertyRows(properties).contains("name=gpuVm"), propertyRows(properties).toString());

		editor.selectAndReveal(text.indexOf("cpu 16 cores"), 0); // back: the view follows the caret
		Workbench.waitUntil("the caret's node again", () -> propertyRows(properties).contains("name=gpuVm"));
	}
}

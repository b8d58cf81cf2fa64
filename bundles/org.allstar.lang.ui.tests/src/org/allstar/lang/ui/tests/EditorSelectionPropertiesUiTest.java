// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's own selection fills the Properties view: the element around the caret, or around the selected text,
 * follows as the caret moves.
 */
class EditorSelectionPropertiesUiTest {

	private IProject project;
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

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
		Workbench.waitUntil("the caret's node in Properties", () -> rows(properties).contains("name=gpuVm"));
		assertTrue(rows(properties).contains("cpu=16 cores"), rows(properties).toString());
		Workbench.screenshot("caret-properties.png");

		editor.selectAndReveal(text.indexOf("region \"pt-norte\""), "region \"pt-norte\"".length());
		Workbench.waitUntil("the selected text's provider in Properties",
				() -> rows(properties).contains("name=PortoEdge"));
		assertTrue(!rows(properties).contains("name=gpuVm"), rows(properties).toString());

		editor.selectAndReveal(text.indexOf("cpu 16 cores"), 0); // back: the view follows the caret
		Workbench.waitUntil("the caret's node again", () -> rows(properties).contains("name=gpuVm"));
	}

	/** The Properties view's rows as "name=value", categories as their names. */
	private static List<String> rows(PropertySheet sheet) {
		if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			return List.of();
		}
		List<String> rows = new ArrayList<>();
		collect(tree.getItems(), rows);
		return rows;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			if (item.getItemCount() > 0) {
				item.setExpanded(true);
				rows.add(item.getText(0));
				collect(item.getItems(), rows);
			} else {
				rows.add(item.getText(0) + "=" + item.getText(1));
			}
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Workbench.propertyRows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.outline.AllstarMlOutlinePage;
import org.allstar.lang.ui.outline.OutlineNode;
import org.allstar.model.Node;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

/**
 * Selecting a node in the outline shows its element in the standard Properties view: attributes and key figures by
 * category, read from the model element the selection carries.
 */
class PropertiesUiTest extends ExampleProjectTest {

	@Test
	void theOutlinesSelectionShowsTheNodeInTheProperties() throws Exception {
		project = Workbench.exampleProject("mog-properties", "mog-live");
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class,
				IDE.openEditor(page, project.getFile("providers.allstar")));
		Workbench.waitForCheck(editor);
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		ContentOutline outlineView = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		AllstarMlOutlinePage outline = (AllstarMlOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		// the outline follows the squiggles in a later UI step: wait until it shows the last check
		Workbench.waitUntil("the outline", () -> editor.structureShown() == editor.lastReconciliation());
		OutlineNode gpuVm = editor.lastReconciliation().outline().get(0).children().stream()
				.filter(node -> node.label().equals("node gpuVm")).findFirst().orElseThrow();
		assertInstanceOf(Node.class, Adapters.adapt(gpuVm, org.eclipse.emf.ecore.EObject.class));
		assertNotNull(Adapters.adapt(gpuVm, IPropertySource.class));

		page.activate(outlineView);
		outline.setSelection(new StructuredSelection(gpuVm));
		assertTrue(((IStructuredSelection) outline.getSelection()).getFirstElement() == gpuVm);
		Workbench.waitUntil("the node's cpu in Properties", () -> propertyRows(properties).contains("cpu=16 cores"));
		List<String> rows = propertyRows(properties);
		for (String row : List.of("Key figures", "Attributes", "memory=64 GB", "price=1.21 EUR/h", "name=gpuVm",
				"region=eu-central-1 (of provider AwsFrankfurt)")) {
			assertTrue(rows.contains(row), row + " in " + rows);
		}
		Workbench.screenshot("outline-properties.png");
	}

	@Test
	void theEditorsSelectionCarriesTheElementAtTheCaret() throws Exception {
		project = Workbench.exampleProject("mog-selection", "mog-live");
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class,
				IDE.openEditor(page, project.getFile("providers.allstar")));
		Workbench.waitForCheck(editor);
		String text = Workbench.documentOf(editor).get();
		editor.selectAndReveal(text.indexOf("cpu 16 cores"), 0);
		var selection = editor.getSelectionProvider().getSelection();
		assertInstanceOf(org.eclipse.jface.text.ITextSelection.class, selection, "still a text selection");
		Node node = assertInstanceOf(Node.class, Adapters.adapt(selection, org.eclipse.emf.ecore.EObject.class));
		assertTrue(node.getName().equals("gpuVm"), node.getName());
		assertNotNull(Adapters.adapt(selection, IPropertySource.class));
	}
}

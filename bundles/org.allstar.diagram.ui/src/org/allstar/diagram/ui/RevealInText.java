// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Shows an element selected in a diagram in the text editors open on the same file: its name selected and scrolled
 * into view, while the diagram keeps the focus. The element comes from the diagram's parse of the very document
 * those editors show, so its offsets are theirs.
 */
final class RevealInText {

	private RevealInText() {
	}

	/** Does nothing for an element without a name in the text, or when no text editor of {@code input} is open. */
	static void reveal(IWorkbenchPage page, IEditorInput input, EObject element) {
		INode name = nameOf(element);
		if (name == null) {
			return;
		}
		for (IEditorReference reference : page.findEditors(input, null, IWorkbenchPage.MATCH_INPUT)) {
			// an editor not created yet (a tab never shown since the workbench started) is left alone
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(name.getOffset(), name.getLength());
			}
		}
	}

	private static INode nameOf(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		List<INode> nodes = feature == null ? List.of() : NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}
}

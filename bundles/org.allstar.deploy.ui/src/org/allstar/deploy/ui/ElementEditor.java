// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Opens a model element's file in its editor with the element's text selected. */
final class ElementEditor {

	private ElementEditor() {
	}

	static IEditorPart open(IWorkbenchPage page, IFile file, EObject element) throws PartInitException {
		IEditorPart editor = IDE.openEditor(page, file);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (editor instanceof ITextEditor text && node != null) {
			text.selectAndReveal(node.getOffset(), node.getLength());
		}
		return editor;
	}
}

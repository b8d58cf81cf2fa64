// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.properties;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for the ALLSTAR-ML editor: the standard page, shown the model element that the editor's
 * text selection lies in (the caret's, or the selected text's). The standard page reads structured selections only
 * and so ignored the editor's text selections; the element comes from the selection's adapter, no parse here.
 */
public class ElementPropertySheetPage extends PropertySheetPage {

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		super.selectionChanged(part, asElements(selection));
	}

	/** A text selection as the element it lies in (nothing when it lies in none); other selections unchanged. */
	static ISelection asElements(ISelection selection) {
		if (selection instanceof IStructuredSelection || !(selection instanceof ITextSelection)) {
			return selection;
		}
		EObject element = Adapters.adapt(selection, EObject.class);
		return element == null ? StructuredSelection.EMPTY : new StructuredSelection(element);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.navigation;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Where a model element is declared: its file (null for a text not saved anywhere) and the range of its name there.
 * Computed in the background from the linked model, opened on the UI thread by {@link DeclarationOpener}.
 */
public record Declaration(Path file, int offset, int length) {

	public static Declaration of(EObject element, ModelElements elements) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		Path file = uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
		ITextRegion name = elements.nameRegion(element);
		return new Declaration(file, name.getOffset(), name.getLength());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.properties;

import org.allstar.model.AllstarPackage;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts the ALLSTAR metamodel's elements to {@link IPropertySource} (registered in plugin.xml for EObject), so any
 * view or editor that selects them (the outline, the text editor, diagram editors) shows them in Properties.
 */
public class ElementAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IPropertySource.class && adaptable instanceof EObject element
				&& element.eClass().getEPackage() == AllstarPackage.eINSTANCE) {
			return type.cast(new ElementPropertySource(element));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}

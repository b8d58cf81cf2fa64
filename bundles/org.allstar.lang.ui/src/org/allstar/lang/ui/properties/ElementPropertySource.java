// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A model element in the Properties view: its {@link ElementFacts} by category (attributes, key figures,
 * references), read-only; the text (or a diagram) is where the model is changed.
 */
public class ElementPropertySource implements IPropertySource {

	private final EObject element;
	private final List<ElementFacts.Fact> facts;

	public ElementPropertySource(EObject element) {
		this.element = element;
		this.facts = ElementFacts.of(element);
	}

	@Override
	public Object getEditableValue() {
		return element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		IPropertyDescriptor[] descriptors = new IPropertyDescriptor[facts.size()];
		for (int i = 0; i < facts.size(); i++) {
			PropertyDescriptor descriptor = new PropertyDescriptor(i, facts.get(i).name());
			descriptor.setCategory(facts.get(i).category());
			descriptors[i] = descriptor;
		}
		return descriptors;
	}

	@Override
	public Object getPropertyValue(Object id) {
		return facts.get((Integer) id).value();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return true;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}

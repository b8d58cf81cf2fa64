// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.allstar.diagram.graph.Ids;
import org.allstar.model.Component;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The diagram editor's selection: the model elements of the selected diagram elements (components, providers,
 * nodes), which the Properties view shows through the language's property sources. Ids of edges and labels select
 * nothing of the model.
 */
final class DiagramSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection current = StructuredSelection.EMPTY;
	private List<String> ids = List.of();

	/** The page reported a new selection (UI thread). */
	void select(List<String> selectedIds, List<Model> models) {
		ids = List.copyOf(selectedIds);
		Map<String, EObject> byId = elementsById(models);
		List<EObject> elements = new ArrayList<>();
		for (String id : selectedIds) {
			EObject element = byId.get(id);
			if (element != null) {
				elements.add(element);
			}
		}
		setSelection(new StructuredSelection(elements));
	}

	List<String> ids() {
		return ids;
	}

	/** Diagram ids of the model elements that have a node, as the graphs make them. */
	private static Map<String, EObject> elementsById(List<Model> models) {
		Map<String, EObject> byId = new HashMap<>();
		for (Model model : models) {
			model.eAllContents().forEachRemaining(element -> {
				if (element instanceof Component component) {
					byId.putIfAbsent(Ids.component(component), component);
				} else if (element instanceof Provider provider) {
					byId.putIfAbsent(Ids.provider(provider), provider);
				} else if (element instanceof Node node) {
					byId.putIfAbsent(Ids.node(node), node);
				}
			});
		}
		return byId;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void setSelection(ISelection selection) {
		current = selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}
}

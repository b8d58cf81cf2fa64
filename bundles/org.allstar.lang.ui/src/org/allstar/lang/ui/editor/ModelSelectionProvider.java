// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The editor's selection with the model element at the caret: the text editor's own selections, each made an
 * {@link ElementTextSelection} that adapts to the element (and through it to anything the element adapts to, such
 * as the Properties view's {@code IPropertySource}). Everything else is the text editor's provider's.
 */
final class ModelSelectionProvider implements IPostSelectionProvider {

	/** A text selection that adapts to the model element it lies in. */
	public static final class ElementTextSelection extends TextSelection implements IAdaptable {
		private final EObject element;

		ElementTextSelection(IDocument document, ITextSelection selection, EObject element) {
			super(document, selection.getOffset(), selection.getLength());
			this.element = element;
		}

		@Override
		public <T> T getAdapter(Class<T> type) {
			if (element == null) {
				return null;
			}
			return type.isInstance(element) ? type.cast(element) : Adapters.adapt(element, type);
		}
	}

	private final ISelectionProvider text;
	private final java.util.function.Supplier<IDocument> document;
	private final IntFunction<EObject> elementAt;
	private final Map<ISelectionChangedListener, ISelectionChangedListener> listeners = new HashMap<>();
	private final Map<ISelectionChangedListener, ISelectionChangedListener> postListeners = new HashMap<>();

	ModelSelectionProvider(ISelectionProvider text, java.util.function.Supplier<IDocument> document,
			IntFunction<EObject> elementAt) {
		this.text = text;
		this.document = document;
		this.elementAt = elementAt;
	}

	@Override
	public ISelection getSelection() {
		return withElement(text.getSelection());
	}

	@Override
	public void setSelection(ISelection selection) {
		text.setSelection(selection);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		text.addSelectionChangedListener(listeners.computeIfAbsent(listener, this::forwarding));
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		ISelectionChangedListener forwarding = listeners.remove(listener);
		if (forwarding != null) {
			text.removeSelectionChangedListener(forwarding);
		}
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		if (text instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(postListeners.computeIfAbsent(listener, this::forwarding));
		}
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		ISelectionChangedListener forwarding = postListeners.remove(listener);
		if (forwarding != null && text instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(forwarding);
		}
	}

	private ISelectionChangedListener forwarding(ISelectionChangedListener listener) {
		return event -> listener.selectionChanged(new SelectionChangedEvent(this, withElement(event.getSelection())));
	}

	private ISelection withElement(ISelection selection) {
		IDocument current = document.get();
		if (selection instanceof ITextSelection textSelection && !(selection instanceof ElementTextSelection)
				&& current != null) {
			return new ElementTextSelection(current, textSelection, elementAt.apply(textSelection.getOffset()));
		}
		return selection;
	}
}

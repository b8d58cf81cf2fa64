// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of an ALLSTAR-ML editor: the model's elements; choosing one selects its name in the editor
 * ({@code reveal}), and moving the caret in the editor selects the element around it ({@link #select(int)}).
 */
public class AllstarMlOutlinePage extends ContentOutlinePage {

	private final Consumer<OutlineNode> reveal;
	private List<OutlineNode> nodes = List.of();
	private boolean selectingFromEditor;

	public AllstarMlOutlinePage(Consumer<OutlineNode> reveal) {
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS); // small trees; new nodes on each check
		viewer.setInput(nodes);
	}

	/** Shows a new outline (UI thread), fully expanded. */
	public void setNodes(List<OutlineNode> newNodes) {
		nodes = newNodes;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(newNodes);
		}
	}

	/** Selects the element whose text covers the editor's {@code offset} (UI thread). */
	public void select(int offset) {
		TreeViewer viewer = getTreeViewer();
		OutlineNode node = OutlineNode.at(nodes, offset);
		if (viewer == null || viewer.getControl().isDisposed() || node == null) {
			return;
		}
		selectingFromEditor = true;
		try {
			viewer.setSelection(new StructuredSelection(node), true);
		} finally {
			selectingFromEditor = false;
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!selectingFromEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			reveal.accept(node);
		}
	}

	private static final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.outline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ISelection;
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
	/** The nodes the tree was built from: the same shape as {@link #nodes}, maybe older offsets and elements. */
	private List<OutlineNode> shown = List.of();
	private Map<OutlineNode, List<Integer>> shownPaths;
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
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		shown = nodes;
		shownPaths = null;
		viewer.setInput(nodes);
	}

	/**
	 * Shows a new outline (UI thread), fully expanded. When it has the shape and labels of the one the tree shows
	 * (most edits: a value typed, nothing renamed, added or removed), the tree is left as it is and its nodes stand
	 * for the new ones at the same place: rebuilding thousands of items of a 10,000-line model took the UI thread
	 * 100-300 ms per check.
	 */
	public void setNodes(List<OutlineNode> newNodes) {
		setNodes(newNodes, false);
	}

	/** The same; {@code rebuild}: rebuild the tree even when the shape is the same (as before; the benchmark's). */
	public void setNodes(List<OutlineNode> newNodes, boolean rebuild) {
		nodes = newNodes;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !rebuild && sameShape(shown, newNodes)) {
			return;
		}
		shown = newNodes;
		shownPaths = null;
		viewer.setInput(newNodes);
	}

	/** Whether two outlines have the same labels in the same tree shape (offsets may differ). */
	static boolean sameShape(List<OutlineNode> a, List<OutlineNode> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).label().equals(b.get(i).label()) || !sameShape(a.get(i).children(), b.get(i).children())) {
				return false;
			}
		}
		return true;
	}

	/** Selects the element whose text covers the editor's {@code offset} (UI thread). */
	public void select(int offset) {
		TreeViewer viewer = getTreeViewer();
		OutlineNode node = OutlineNode.at(nodes, offset);
		if (viewer == null || viewer.getControl().isDisposed() || node == null) {
			return;
		}
		OutlineNode item = at(shown, pathIn(nodes, node));
		if (item == null) {
			return;
		}
		selectingFromEditor = true;
		try {
			viewer.setSelection(new StructuredSelection(item), true);
		} finally {
			selectingFromEditor = false;
		}
	}

	/** The selection in terms of the current outline's nodes (the tree may show older nodes of the same shape). */
	@Override
	public ISelection getSelection() {
		return current(super.getSelection());
	}

	/** Selects the given current nodes (their counterparts in the tree). */
	@Override
	public void setSelection(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || shown == nodes) {
			super.setSelection(selection);
			return;
		}
		List<Object> items = new ArrayList<>();
		for (Object element : structured.toList()) {
			OutlineNode item = element instanceof OutlineNode node ? at(shown, pathIn(nodes, node)) : null;
			if (item != null) {
				items.add(item);
			}
		}
		super.setSelection(new StructuredSelection(items));
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		ISelection selection = current(event.getSelection());
		super.selectionChanged(new SelectionChangedEvent(event.getSelectionProvider(), selection));
		if (!selectingFromEditor && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof OutlineNode node) {
			reveal.accept(node);
		}
	}

	private ISelection current(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || shown == nodes) {
			return selection;
		}
		List<Object> elements = new ArrayList<>();
		for (Object element : structured.toList()) {
			OutlineNode node = element instanceof OutlineNode item ? at(nodes, shownPath(item)) : null;
			if (node != null) {
				elements.add(node);
			}
		}
		return new StructuredSelection(elements);
	}

	private List<Integer> shownPath(OutlineNode item) {
		if (shownPaths == null) {
			shownPaths = new IdentityHashMap<>();
			index(shown, new ArrayList<>(), shownPaths);
		}
		return shownPaths.get(item);
	}

	private static void index(List<OutlineNode> level, List<Integer> path, Map<OutlineNode, List<Integer>> paths) {
		for (int i = 0; i < level.size(); i++) {
			path.add(i);
			paths.put(level.get(i), List.copyOf(path));
			index(level.get(i).children(), path, paths);
			path.remove(path.size() - 1);
		}
	}

	/** The child indices leading to {@code node} in {@code level}, or null. */
	private static List<Integer> pathIn(List<OutlineNode> level, OutlineNode node) {
		for (int i = 0; i < level.size(); i++) {
			OutlineNode candidate = level.get(i);
			if (candidate == node) {
				return List.of(i);
			}
			if (candidate.covers(node.offset())) {
				List<Integer> below = pathIn(candidate.children(), node);
				if (below != null) {
					List<Integer> path = new ArrayList<>();
					path.add(i);
					path.addAll(below);
					return path;
				}
			}
		}
		return null;
	}

	private static OutlineNode at(List<OutlineNode> level, List<Integer> path) {
		if (path == null || path.isEmpty()) {
			return null;
		}
		OutlineNode node = null;
		List<OutlineNode> children = level;
		for (int index : path) {
			if (index >= children.size()) {
				return null;
			}
			node = children.get(index);
			children = node.children();
		}
		return node;
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

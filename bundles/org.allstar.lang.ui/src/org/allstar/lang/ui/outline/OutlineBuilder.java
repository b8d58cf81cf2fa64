// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.outline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allstar.lang.ui.EditedRegion;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * The outline of a parsed model: named elements ({@code provider CornerShop}, {@code node box}) and the statements
 * listed inside them (placements, flows, links, requirements), labelled by their text. Single-valued parts such as
 * quantities are left out. No SWT here.
 * <p>
 * Incremental, like {@link org.allstar.lang.ui.highlighting.HighlightingCalculator}: after a partial re-parse of the
 * same node model, an element that is the same object as before and whose text does not touch the edit keeps its
 * outline node (label, children), moved to its new offset; only the elements around the edit are outlined again.
 */
public class OutlineBuilder {

	private static final int MAX_LABEL = 60;

	@Inject
	private ILocationInFileProvider locations;

	private ICompositeNode lastRoot;
	private String lastText;
	private Map<EObject, Outlined> lastOutlined = Map.of();

	/** An element's outline node and the total offset of its text when it was made. */
	private record Outlined(OutlineNode node, int totalOffset) {
	}

	public List<OutlineNode> build(XtextResource resource) {
		if (resource == null || resource.getContents().isEmpty() || resource.getParseResult() == null) {
			forget();
			return resource == null || resource.getContents().isEmpty() ? List.of()
					: children(resource.getContents().get(0), null, new IdentityHashMap<>());
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		EditedRegion edit = root == lastRoot ? EditedRegion.between(lastText, text) : null;
		Map<EObject, Outlined> outlined = new IdentityHashMap<>();
		List<OutlineNode> nodes = children(resource.getContents().get(0), edit, outlined);
		lastRoot = root;
		lastText = text;
		lastOutlined = outlined;
		return nodes;
	}

	/** Outlines everything afresh next time (the model changed in a way this builder did not see). */
	public void forget() {
		lastRoot = null;
		lastText = null;
		lastOutlined = Map.of();
	}

	private List<OutlineNode> children(EObject parent, EditedRegion edit, Map<EObject, Outlined> outlined) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (EObject child : parent.eContents()) {
			ICompositeNode text = NodeModelUtils.getNode(child);
			OutlineNode node = edit == null || text == null ? null : kept(child, text, edit, outlined);
			if (node == null) {
				String label = label(child);
				if (label == null) {
					continue;
				}
				ITextRegion name = locations.getSignificantTextRegion(child);
				ITextRegion full = locations.getFullTextRegion(child);
				node = new OutlineNode(label, name.getOffset(), name.getLength(), full.getOffset(), full.getLength(),
						children(child, edit, outlined), child);
				if (text != null) {
					outlined.put(child, new Outlined(node, text.getTotalOffset()));
				}
			}
			nodes.add(node);
		}
		return nodes;
	}

	/** The last outline node of {@code element} moved to its new place, when its text is untouched; else null. */
	private OutlineNode kept(EObject element, ICompositeNode text, EditedRegion edit,
			Map<EObject, Outlined> outlined) {
		Outlined last = lastOutlined.get(element);
		int offset = text.getTotalOffset();
		if (last == null || edit.touches(offset, text.getTotalLength())) {
			return null;
		}
		return moved(last.node(), offset - last.totalOffset(), outlined);
	}

	/** {@code node} and its children moved by {@code shift}, each remembered for the next build. */
	private static OutlineNode moved(OutlineNode node, int shift, Map<EObject, Outlined> outlined) {
		List<OutlineNode> children = new ArrayList<>(node.children().size());
		for (OutlineNode child : node.children()) {
			children.add(moved(child, shift, outlined));
		}
		OutlineNode moved = new OutlineNode(node.label(), node.nameOffset() + shift, node.nameLength(),
				node.offset() + shift, node.length(), children, node.element());
		ICompositeNode text = NodeModelUtils.getNode(node.element());
		if (text != null) {
			outlined.put(node.element(), new Outlined(moved, text.getTotalOffset()));
		}
		return moved;
	}

	private static String label(EObject object) {
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		if (nameFeature != null && object.eGet(nameFeature) != null) {
			return object.eClass().getName().toLowerCase(Locale.ROOT) + " " + object.eGet(nameFeature);
		}
		EStructuralFeature containment = object.eContainingFeature();
		if (containment != null && containment.isMany()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
			if (node != null) {
				String text = NodeModelUtils.getTokenText(node);
				return text.length() > MAX_LABEL ? text.substring(0, MAX_LABEL - 1) + "…" : text;
			}
		}
		return null;
	}
}

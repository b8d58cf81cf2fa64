// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.quickfix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allstar.lang.ui.navigation.ModelElements;
import org.allstar.model.AllstarPackage;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.verify.network.NetworkGraph;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * The verifier's "move the component" fix (data {@code from} and {@code moveTo}, attached by the architecture,
 * capacity, accelerator, isolation, residency, state and latency rules): in the placement the issue is on, the
 * reference to the node at fault is replaced by the node the verifier found room on.
 */
public class MoveComponentFix {

	private final ModelElements elements;

	public MoveComponentFix(ModelElements elements) {
		this.elements = elements;
	}

	public Optional<TextFix> fixFor(Issue issue, XtextResource resource) {
		Map<String, String> data = FixData.of(issue);
		String from = data.get("from");
		String to = data.get("moveTo");
		if (from == null || to == null || issue.getOffset() == null) {
			return Optional.empty();
		}
		Optional<Placement> placement = elements.elementAt(resource, issue.getOffset())
				.map(element -> EcoreUtil2.getContainerOfType(element, Placement.class));
		return placement.flatMap(p -> referenceTo(p, from))
				.map(reference -> new TextFix("Move '" + componentName(placement.get()) + "' from " + from + " to "
						+ to, reference.getOffset(), reference.getLength(), to));
	}

	/** The text of the placement's reference to the node named {@code from}. */
	private static Optional<INode> referenceTo(Placement placement, String from) {
		List<INode> references = NodeModelUtils.findNodesForFeature(placement,
				AllstarPackage.Literals.PLACEMENT__NODES);
		List<Node> nodes = placement.getNodes();
		for (int i = 0; i < Math.min(references.size(), nodes.size()); i++) {
			if (from.equals(NetworkGraph.nameOf(nodes.get(i)))) {
				return Optional.of(references.get(i));
			}
		}
		return Optional.empty();
	}

	private static String componentName(EObject placement) {
		return ((Placement) placement).getComponent() == null ? "the component"
				: ((Placement) placement).getComponent().getName();
	}
}

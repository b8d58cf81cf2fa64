// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;

/** Reads a GModel back as lists of ids and texts, so tests compare whole structures. */
final class GraphAssertions {

	private GraphAssertions() {
	}

	static Stream<GModelElement> all(GModelElement root) {
		List<GModelElement> out = new ArrayList<>();
		collect(root, out);
		return out.stream();
	}

	private static void collect(GModelElement element, List<GModelElement> out) {
		out.add(element);
		element.getChildren().forEach(child -> collect(child, out));
	}

	static List<String> nodeIds(GModelElement root, String type) {
		return all(root).filter(GNode.class::isInstance).filter(e -> e.getType().equals(type))
				.map(GModelElement::getId).toList();
	}

	static List<String> edges(GModelElement root) {
		return all(root).filter(GEdge.class::isInstance).map(GEdge.class::cast)
				.map(e -> e.getSourceId() + " -> " + e.getTargetId()).toList();
	}

	static List<String> labels(GModelElement element, String type) {
		return element.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
				.filter(l -> l.getType().equals(type)).map(GLabel::getText).toList();
	}

	static GModelElement find(GModelElement root, String id) {
		return all(root).filter(e -> e.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + id));
	}
}

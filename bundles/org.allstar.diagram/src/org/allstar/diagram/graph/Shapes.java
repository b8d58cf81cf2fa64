// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.graph;

import java.util.List;

import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;

/**
 * Sizes and labels shared by both diagrams. Sizes are computed here from the label text (not by the browser), so
 * that the server-side ELK layout knows them and the layout is the same with or without a client.
 */
final class Shapes {

	static final double MIN_WIDTH = 140;
	static final double CHAR_WIDTH = 7.5;
	static final double LINE_HEIGHT = 18;
	static final double PADDING = 10;

	private Shapes() {
	}

	static GLabel label(String type, String id, String text, String... cssClasses) {
		GLabelBuilder builder = new GLabelBuilder(type).id(id).text(text);
		for (String css : cssClasses) {
			builder.addCssClass(css);
		}
		return builder.build();
	}

	static GLabel edgeLabel(GEdge edge, String text) {
		return new GLabelBuilder(org.allstar.diagram.DiagramTypes.EDGE_LABEL).id(Ids.child(edge.getId(), "label"))
				.text(text).edgePlacement(new GEdgePlacementBuilder().side("top").position(0.5).offset(4).build())
				.build();
	}

	/** Width that fits the longest line, height that fits all lines. */
	static double width(List<String> lines) {
		int longest = lines.stream().mapToInt(String::length).max().orElse(0);
		return Math.max(MIN_WIDTH, Math.ceil(longest * CHAR_WIDTH + 2 * PADDING));
	}

	static double height(int lines) {
		return lines * LINE_HEIGHT + 2 * PADDING;
	}

	/** A quantity as the text writes it, or null when absent. */
	static String quantity(Quantity quantity) {
		return quantity == null ? null : Quantities.format(quantity);
	}

	/** The given parts that are present, joined by a middle dot. */
	static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.isEmpty() ? "" : " \u00b7 ").append(part);
			}
		}
		return text.toString();
	}
}

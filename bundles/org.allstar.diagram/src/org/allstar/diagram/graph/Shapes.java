// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.graph;

import java.util.List;

import org.allstar.diagram.DiagramTypes;
import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Sizes and labels shared by both diagrams. Sizes are computed here from the label text (not by the browser), so
 * that the server-side ELK layout knows them, the layout is the same with or without a client, and the client
 * needs no measuring pass of its own before it draws (GLSP's client layout is off: the model is sent once).
 * <p>
 * Node lines are placed here too ({@link #placeLines}); the web client's label view
 * ({@code org.allstar.diagram.ui/client/src/views.ts}) places them itself only when they come unplaced (GLSP's
 * client layout, the benchmark's baseline), with copies of {@link #PADDING}, {@link #LINE_HEIGHT} and
 * {@link #CHAR_WIDTH}: change them in both places.
 */
final class Shapes {

	static final double MIN_WIDTH = 140;
	/** A character's width, generous: the client's labels measure about 6 px a character. */
	static final double CHAR_WIDTH = 7.5;
	/** The height of one line of a node, and of every label's box. */
	static final double LINE_HEIGHT = 18;
	static final double PADDING = 10;
	/**
	 * The room an icon takes at the right of a component's first line (its accelerator need, its isolation: the
	 * client's ComponentView draws them, with a copy of this).
	 */
	static final double ICON_WIDTH = 16;
	/**
	 * How far below the top of its box a label's text has its baseline (SVG draws text up from its baseline): the
	 * text centred in its line. GLSP's client measured the labels' text 13 px high, 10 px of it above the baseline
	 * (WebKitGTK, diagram.css).
	 */
	static final double BASELINE = (LINE_HEIGHT - 13) / 2 + 10;

	private Shapes() {
	}

	static GLabel label(String type, String id, String text, String... cssClasses) {
		GLabelBuilder builder = new GLabelBuilder(type).id(id).text(text);
		for (String css : cssClasses) {
			builder.addCssClass(css);
		}
		return sized(builder.build());
	}

	static GLabel edgeLabel(GEdge edge, String text) {
		return sized(new GLabelBuilder(DiagramTypes.EDGE_LABEL)
				.id(Ids.child(edge.getId(), "label")).text(text)
				.edgePlacement(new GEdgePlacementBuilder().side("top").position(0.5).offset(4).build()).build());
	}

	/**
	 * {@code label} with the bounds that GLSP's client layout would have measured: one line high, as wide as its
	 * characters, its text's baseline {@link #BASELINE} below its top, and its text starting at its left (the
	 * client's label views). The client places edge labels beside their edge by this size.
	 */
	static GLabel sized(GLabel label) {
		label.setSize(GraphUtil.dimension(Math.ceil(label.getText().length() * CHAR_WIDTH), LINE_HEIGHT));
		label.setAlignment(GraphUtil.point(0, BASELINE));
		return label;
	}

	/**
	 * Puts each label of {@code node} on its line, in order from the top, and its data badges side by side on the
	 * line after them, as {@link #width} and {@link #height} sized the node. Placed by the server, a line is drawn as
	 * one SVG text (Sprotty moves it by its position), not a text inside two groups that place it in the page.
	 */
	static GNode placeLines(GNode node) {
		int line = 0;
		double badges = PADDING;
		List<GLabel> labels = node.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
				.toList();
		long lines = labels.stream().filter(label -> !DiagramTypes.DATA_BADGE.equals(label.getType())).count();
		for (GLabel label : labels) {
			if (DiagramTypes.DATA_BADGE.equals(label.getType())) {
				label.setPosition(GraphUtil.point(badges, PADDING + lines * LINE_HEIGHT));
				badges += (label.getText().length() + 2) * CHAR_WIDTH;
			} else {
				label.setPosition(GraphUtil.point(PADDING, PADDING + line++ * LINE_HEIGHT));
			}
		}
		return node;
	}

	/** Width that fits the longest line and, beside the first, {@code icons} icons. */
	static double width(List<String> lines, int icons) {
		double first = lines.isEmpty() ? 0
				: Math.ceil(lines.get(0).length() * CHAR_WIDTH + 2 * PADDING + icons * ICON_WIDTH);
		return Math.max(width(lines), first);
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

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.properties.Property;

/**
 * The id of our stress layout in ELK and the options it reads from the laid out node: its own, and ELK's core
 * options it honours with its defaults (ELK leaves some core defaults to each algorithm, as {@code LayeredOptions}
 * does, so they are copies under the same ids).
 */
public final class StressOptions {

	/** The value of ELK's {@code org.eclipse.elk.algorithm} that selects the stress layout. */
	public static final String ALGORITHM_ID = "org.allstar.diagram.stress";

	/**
	 * The wanted distance between the centres of two linked nodes. It is enlarged for a pair of boxes that would not
	 * fit at that distance (their half diagonals plus the node spacing).
	 */
	public static final IProperty<Double> DESIRED_EDGE_LENGTH = new Property<>(ALGORITHM_ID + ".desiredEdgeLength",
			80.0);

	/** The most majorization sweeps over all nodes of one connected component. */
	public static final IProperty<Integer> ITERATION_LIMIT = new Property<>(ALGORITHM_ID + ".iterationLimit", 300);

	/** The sweeps stop once one lowers the stress by less than this fraction of it. */
	public static final IProperty<Double> EPSILON = new Property<>(ALGORITHM_ID + ".epsilon", 1e-4);

	/** The least room between two node boxes (ELK's {@code spacing.nodeNode}). */
	public static final IProperty<Double> SPACING_NODE_NODE = new Property<>(CoreOptions.SPACING_NODE_NODE, 20.0);

	/** The room between packed connected components (ELK's {@code spacing.componentComponent}). */
	public static final IProperty<Double> SPACING_COMPONENT_COMPONENT = new Property<>(
			CoreOptions.SPACING_COMPONENT_COMPONENT, 20.0);

	/** The width over height the rows of components aim at (ELK's {@code aspectRatio}). */
	public static final IProperty<Double> ASPECT_RATIO = new Property<>(CoreOptions.ASPECT_RATIO, 1.6);

	/** The room between the node's border and its children (ELK's {@code padding}). */
	public static final IProperty<ElkPadding> PADDING = new Property<>(CoreOptions.PADDING, new ElkPadding(12));

	private StressOptions() {
	}
}

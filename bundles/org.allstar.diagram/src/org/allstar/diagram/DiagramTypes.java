// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram;

/**
 * The diagram types and element types the server and the web client agree on (the client maps each element type
 * to a view; CSS classes refine the look, so that adding a look never adds a type).
 */
public final class DiagramTypes {

	/** Components and flows of one application. */
	public static final String APPLICATION = "allstar-application";

	/** Providers, their nodes and the network links, with an optional deployment overlay. */
	public static final String INFRASTRUCTURE = "allstar-infrastructure";

	public static final String GRAPH = "graph";
	public static final String COMPONENT = "node:component";
	public static final String FLOW = "edge:flow";
	public static final String PROVIDER = "node:provider";
	public static final String HOST = "node:host";
	public static final String LINK = "edge:link";

	/** The element's name, first line of a node. */
	public static final String NAME = "label:name";
	/** Figures under the name (capacity, resources). */
	public static final String FIGURES = "label:figures";
	/** A data class a component handles, drawn as a badge coloured by sensitivity. */
	public static final String DATA_BADGE = "label:data";
	/** A component placed on an infrastructure node by the shown deployment. */
	public static final String PLACEMENT = "label:placement";
	/** Bandwidth and latency on a flow or link. */
	public static final String EDGE_LABEL = "label:edge";
	/**
	 * A latency requirement on a flow of the path it constrains ("path < 150 ms"); its arguments name the whole
	 * path, and the flow gets the CSS class {@code on-latency-path}.
	 */
	public static final String REQUIREMENT = "label:requirement";
	/**
	 * How much of one resource of a node the shown deployment uses: arguments {@code resource}, {@code used},
	 * {@code capacity} (numbers, in the unit of the text) and {@code ratio} (used / capacity) for the client to
	 * draw a bar; CSS classes {@code gauge-cpu|memory|storage}, and {@code over-capacity} above 1.
	 */
	public static final String GAUGE = "label:gauge";

	private DiagramTypes() {
	}
}

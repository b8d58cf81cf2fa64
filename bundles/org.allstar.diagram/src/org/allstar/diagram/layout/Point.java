// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout;

/** A point of an edge's route, in the diagram's coordinates (relative to the graph, not to a container). */
public record Point(double x, double y) {
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.problem;

import java.util.function.Predicate;

import org.allstar.model.Component;
import org.allstar.model.Node;

/**
 * One requirement of a component that decides on its own whether a node may host a replica of it: a verifier rule
 * applied to a single node (accelerator, architecture, residency, enclave, node state, one replica's resources,
 * provider reputation) or the component's placement hint. Conflicts are explained in these terms.
 *
 * @param component the component that has the requirement
 * @param key       stable identifier within the component ("accelerator", "residency:personal", "cpu", ...)
 * @param text      the requirement in words, to follow the component's name ("requires a gpu from nvidia")
 * @param meets     whether a node meets it
 */
public record Need(Component component, String key, String text, Predicate<Node> meets) {

	@Override
	public String toString() {
		return component.getName() + " " + text;
	}
}

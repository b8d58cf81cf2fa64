// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.allstar.model.Component;
import org.allstar.model.Node;
import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;

/**
 * The resources a node offers and its replicas ask for, compared one way everywhere: by the capacity rule, by quick
 * fixes looking for room, and by the what-if simulation deciding whether a node is overloaded.
 */
public enum Resource {
	CPU("CPU", Unit.CORE, Node::getCpu, Component::getCpu),
	MEMORY("memory", Unit.GIGABYTE, Node::getMemory, Component::getMemory),
	STORAGE("storage", Unit.GIGABYTE, Node::getStorage, Component::getStorage);

	private final String label;
	private final Unit unit;
	private final Function<Node, Quantity> offered;
	private final Function<Component, Quantity> asked;

	Resource(String label, Unit unit, Function<Node, Quantity> offered, Function<Component, Quantity> asked) {
		this.label = label;
		this.unit = unit;
		this.offered = offered;
		this.asked = asked;
	}

	/** "CPU", for messages. */
	public String label() {
		return label;
	}

	/** The unit sums are given in. */
	public Unit unit() {
		return unit;
	}

	/** What the node has; empty when it does not say (then it is not checked for this resource). */
	public Optional<Rational> offeredBy(Node node) {
		return Quantities.valueIn(offered.apply(node), unit);
	}

	/** What the replicas ask for together (one entry per replica; an undeclared ask counts as nothing). */
	public Rational askedBy(Collection<Component> replicas) {
		Rational sum = Rational.ZERO;
		for (Component component : replicas) {
			sum = sum.add(Quantities.valueIn(asked.apply(component), unit).orElse(Rational.ZERO));
		}
		return sum;
	}

	/** The replicas fit the node for this resource (exactly full fits). */
	public boolean fits(Node node, Collection<Component> replicas) {
		return offeredBy(node).map(has -> askedBy(replicas).compareTo(has) <= 0).orElse(true);
	}

	/** The replicas fit the node for every resource. */
	public static boolean fitsAll(Node node, Collection<Component> replicas) {
		for (Resource resource : values()) {
			if (!resource.fits(node, replicas)) {
				return false;
			}
		}
		return true;
	}
}

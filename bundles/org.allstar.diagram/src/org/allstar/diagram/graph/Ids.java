// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.graph;

import org.allstar.model.Component;
import org.allstar.model.Host;
import org.allstar.model.NamedElement;
import org.allstar.model.Node;
import org.allstar.model.Provider;

/**
 * Diagram element ids made from model names, so that an id survives re-parsing the text (EMF objects do not) and
 * positions stored under it in the layout side file stay attached to the same element across edits.
 */
public final class Ids {

	private Ids() {
	}

	public static String component(Component component) {
		return component.getName();
	}

	public static String flow(String source, String target, int index) {
		return "flow:" + source + "->" + target + (index == 0 ? "" : "#" + index);
	}

	public static String provider(Provider provider) {
		return provider.getName();
	}

	/** A node is named inside its provider, as the text writes it: {@code Provider.node}. */
	public static String node(Node node) {
		return node.eContainer() instanceof Provider provider ? provider.getName() + "." + node.getName()
				: node.getName();
	}

	public static String host(Host host) {
		if (host instanceof Node node) {
			return node(node);
		}
		return ((NamedElement) host).getName();
	}

	public static String link(String source, String target, int index) {
		return "link:" + source + "--" + target + (index == 0 ? "" : "#" + index);
	}

	/** The id of a child label: the owner's id, a slash, and what the label shows. */
	public static String child(String owner, String what) {
		return owner + "/" + what;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** A flow or link id: its kind, source id, arrow, target id and the index among parallel edges. */
	private static final Pattern EDGE = Pattern.compile("(flow:|link:)(.+?)(->|--)(.+?)(#\\d+)?");

	/**
	 * {@code id} after the element {@code oldId} was renamed so that its id is {@code newId}: the element itself,
	 * the nodes inside it (a provider's {@code Provider.node}) and the flows and links at either of them.
	 */
	public static String renamed(String id, String oldId, String newId) {
		Matcher edge = EDGE.matcher(id);
		if (edge.matches()) {
			return edge.group(1) + renamed(edge.group(2), oldId, newId) + edge.group(3)
					+ renamed(edge.group(4), oldId, newId) + (edge.group(5) == null ? "" : edge.group(5));
		}
		if (id.equals(oldId)) {
			return newId;
		}
		return id.startsWith(oldId + ".") ? newId + id.substring(oldId.length()) : id;
	}

	/** The id a node, provider or component with id {@code id} has once it is named {@code name}. */
	public static String withName(String id, String name) {
		int dot = id.lastIndexOf('.');
		return dot < 0 ? name : id.substring(0, dot + 1) + name;
	}

	/** The id of a child label: the owner's id, a slash, and what the label shows. */
	public static String child(String owner, String what) {
		return owner + "/" + what;
	}
}

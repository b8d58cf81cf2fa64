// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.whatif;

/**
 * A proposed control decision on a running deployment. Nodes and hosts are named as in the language
 * ({@code Provider.node}, or {@code Provider} for a region-level link end), components by their simple name.
 */
public sealed interface ControlAction {

	/** Takes a node out of service: its replicas stop and are not started elsewhere. */
	record Drain(String node) implements ControlAction {
		@Override
		public String describe() {
			return "drain " + node;
		}
	}

	/** Moves every replica of a component onto one node. */
	record Migrate(String component, String node) implements ControlAction {
		@Override
		public String describe() {
			return "migrate " + component + " to " + node;
		}
	}

	/** Cuts the link (or links) between two hosts, in both directions. */
	record Cut(String from, String to) implements ControlAction {
		@Override
		public String describe() {
			return "cut the link " + from + " – " + to;
		}
	}

	/** Runs a component with this many replicas (0 stops it) on the nodes it is placed on. */
	record Scale(String component, int replicas) implements ControlAction {
		@Override
		public String describe() {
			return "scale " + component + " to " + replicas + " replica(s)";
		}
	}

	/** "drain PortoEdge.stadiumBox" */
	String describe();

	/**
	 * Reads an action as the command line writes it: {@code drain NODE}, {@code migrate COMP=NODE},
	 * {@code cut HOST<->HOST} (or {@code HOST,HOST}), {@code scale COMP=N}.
	 *
	 * @throws IllegalArgumentException naming what is wrong and the expected form
	 */
	static ControlAction parse(String kind, String value) {
		return switch (kind) {
		case "drain" -> new Drain(required(value, "--drain NODE"));
		case "migrate" -> {
			String[] parts = pair(value, "=", "--migrate COMPONENT=NODE");
			yield new Migrate(parts[0], parts[1]);
		}
		case "cut" -> {
			String[] parts = pair(value, value.contains("<->") ? "<->" : ",", "--cut HOST<->HOST");
			yield new Cut(parts[0], parts[1]);
		}
		case "scale" -> {
			String[] parts = pair(value, "=", "--scale COMPONENT=N");
			try {
				int replicas = Integer.parseInt(parts[1]);
				if (replicas < 0) {
					throw new NumberFormatException();
				}
				yield new Scale(parts[0], replicas);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + parts[1] + "' is not a replica count; write --scale COMPONENT=N"
						+ " with N >= 0");
			}
		}
		default -> throw new IllegalArgumentException("unknown action '" + kind + "'; use drain, migrate, cut or scale");
		};
	}

	private static String required(String value, String form) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("missing value; write " + form);
		}
		return value.trim();
	}

	private static String[] pair(String value, String separator, String form) {
		String text = required(value, form);
		int at = text.indexOf(separator);
		if (at <= 0 || at + separator.length() >= text.length()) {
			throw new IllegalArgumentException("'" + text + "' is not of the form " + form);
		}
		return new String[] { text.substring(0, at).trim(), text.substring(at + separator.length()).trim() };
	}
}

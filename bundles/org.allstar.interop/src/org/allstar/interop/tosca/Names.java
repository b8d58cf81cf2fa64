// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * ALLSTAR-ML names for TOSCA names: letters, digits and {@code _} only, never starting with a digit, keywords
 * escaped by the language's own converter (given by the caller, so this bundle needs no Xtext).
 */
public final class Names {

	private final UnaryOperator<String> escape;

	/** {@code escape} writes a valid name as ALLSTAR-ML text ({@code node} becomes {@code ^node}). */
	public Names(UnaryOperator<String> escape) {
		this.escape = escape;
	}

	/** The name as written in ALLSTAR-ML. */
	public String id(String raw) {
		return escape.apply(plain(raw));
	}

	/** The name as the model holds it (no escape). */
	public static String plain(String raw) {
		String name = raw == null || raw.isEmpty() ? "unnamed" : raw.replaceAll("[^A-Za-z0-9_]", "_");
		return Character.isDigit(name.charAt(0)) ? "_" + name : name;
	}

	/** {@code hello-world} and {@code Hello World} become {@code HelloWorld}. */
	public static String camel(String raw) {
		StringBuilder name = new StringBuilder();
		for (String part : (raw == null ? "" : raw).split("[^A-Za-z0-9]+")) {
			if (!part.isEmpty()) {
				name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
			}
		}
		return plain(name.length() == 0 ? "Imported" : name.toString());
	}
}

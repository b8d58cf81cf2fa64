// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.wizards;

import java.net.URL;
import java.util.Map;

/**
 * One example the New ALLSTAR project wizard can copy: its files by path relative to the project, and the model the
 * wizard opens afterwards (the one that declares the application).
 *
 * @param name the example's folder name, also the suggested project name
 * @param description the leading comment of the main model
 * @param files the files to copy, in a stable order
 * @param mainModel the path of the main model among {@code files}
 */
public record ExampleTemplate(String name, String description, Map<String, URL> files, String mainModel) {

	public ExampleTemplate {
		files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
	}
}

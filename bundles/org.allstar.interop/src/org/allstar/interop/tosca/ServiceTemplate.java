// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service template as read: its own document, every type visible to it (normative, defined, imported), the files
 * read (the template and its imports), and the problems found while reading them.
 */
public record ServiceTemplate(Path file, Map<String, Object> document, ToscaTypes types, List<Path> files,
		List<ToscaProblem> problems) {

	public Map<String, Object> topology() {
		return Values.map(document.get("topology_template"));
	}
}

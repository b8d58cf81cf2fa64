// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allstar.model.Application;

/**
 * Puts a planned deployment into an existing model file: it replaces the deployment of the same name where there is
 * one (a re-plan updates the deployment in place) and appends it otherwise, adding the imports it needs. The rest
 * of the file is kept byte for byte. The command line's {@code plan --write} and the IDE's plan wizard both use it.
 */
public final class SectionWriter {

	private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)[^\\n]*\\n");
	private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+?)(\\.\\*)?\\s*\\n");

	private SectionWriter() {
	}

	/**
	 * The file's new text: {@code original} with deployment {@code name} of the plan in place (or appended) and the
	 * imports it needs. Throws IllegalArgumentException when the file has no package line.
	 */
	public static String replace(String original, Plan plan, Application app, String name) {
		Matcher pkg = PACKAGE.matcher(original);
		if (!pkg.find()) {
			throw new IllegalArgumentException("the file has no package line; write the plan into a new file");
		}
		String block = DeploymentText.deployment(plan, app, name);
		// a deployment block holds placements only, so it has no nested braces
		Matcher existing = Pattern.compile("(?m)^deployment\\s+" + Pattern.quote(name) + "\\s+of\\s+[\\w.]+\\s*\\{[^}]*\\}\\n?")
				.matcher(original);
		String text = existing.find()
				? original.substring(0, existing.start()) + block + original.substring(existing.end())
				: original + (original.endsWith("\n\n") ? "" : original.endsWith("\n") ? "\n" : "\n\n") + block;
		return withImports(text, DeploymentText.imports(plan, app, pkg.group(1)));
	}

	private static String withImports(String text, List<String> needed) {
		List<String> present = new ArrayList<>();
		Matcher imports = IMPORT.matcher(text);
		int insertAt = -1;
		while (imports.find()) {
			present.add(imports.group(1));
			insertAt = imports.end();
		}
		StringBuilder missing = new StringBuilder();
		for (String pkg : needed) {
			if (!present.contains(pkg)) {
				missing.append("import ").append(pkg).append(".*\n");
			}
		}
		if (missing.isEmpty()) {
			return text;
		}
		if (insertAt < 0) {
			Matcher pkg = PACKAGE.matcher(text);
			pkg.find();
			insertAt = pkg.end();
			missing.insert(0, "\n");
		}
		return text.substring(0, insertAt) + missing + text.substring(insertAt);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The examples shipped inside this bundle (the build copies the repository's {@code examples/} into it, so an installed
 * product has them without any path outside it). An example is a top-level folder with {@code .allstar} files of its
 * own; folders of folders (such as {@code verify/}, one broken model per rule) are not offered as templates.
 */
public final class ExampleTemplates {
	private static final String ROOT = "examples/";

	private ExampleTemplates() {
	}

	/** The templates, sorted by name. */
	public static List<ExampleTemplate> bundled() {
		Bundle bundle = FrameworkUtil.getBundle(ExampleTemplates.class);
		List<ExampleTemplate> result = new ArrayList<>();
		Enumeration<String> folders = bundle.getEntryPaths(ROOT);
		List<String> names = folders == null ? List.of() : Collections.list(folders);
		for (String folder : names.stream().filter(p -> p.endsWith("/")).sorted().toList()) {
			Map<String, URL> files = filesOf(bundle, folder);
			String main = mainModel(files);
			if (main != null) {
				String name = folder.substring(ROOT.length(), folder.length() - 1);
				result.add(new ExampleTemplate(name, leadingComment(files.get(main)), files, main));
			}
		}
		return result;
	}

	/** The template called {@code name}. */
	public static ExampleTemplate named(String name) {
		return bundled().stream().filter(t -> t.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no example called " + name + " in the studio bundle"));
	}

	private static Map<String, URL> filesOf(Bundle bundle, String folder) {
		Map<String, URL> files = new TreeMap<>();
		Enumeration<URL> entries = bundle.findEntries(folder, "*", true);
		while (entries != null && entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String path = entry.getPath();
			if (!path.endsWith("/")) {
				files.put(path.substring(path.indexOf(folder) + folder.length()), entry);
			}
		}
		return files;
	}

	/** The top-level model that declares an application, else the first top-level model; null: no model. */
	private static String mainModel(Map<String, URL> files) {
		List<String> models = files.keySet().stream().filter(p -> !p.contains("/") && p.endsWith(".allstar")).toList();
		return models.stream().filter(p -> declaresApplication(files.get(p))).findFirst()
				.orElse(models.isEmpty() ? null : models.get(0));
	}

	private static boolean declaresApplication(URL model) {
		return read(model).lines().anyMatch(line -> line.startsWith("application "));
	}

	private static String leadingComment(URL model) {
		StringBuilder text = new StringBuilder();
		for (String line : read(model).lines().toList()) {
			if (!line.startsWith("//")) {
				break;
			}
			text.append(text.isEmpty() ? "" : " ").append(line.substring(2).strip());
		}
		return text.toString();
	}

	private static String read(URL url) {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + url + " from the studio bundle: " + e.getMessage(), e);
		}
	}
}

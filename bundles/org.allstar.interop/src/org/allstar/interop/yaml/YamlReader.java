// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML documents (TOSCA service templates, Kubernetes manifests) into plain maps and lists. Only standard YAML
 * types are built, never arbitrary Java classes named in the document.
 */
public final class YamlReader {

	/** Large enough for big service templates; SnakeYAML's default refuses documents over 3 MB. */
	private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

	private YamlReader() {
	}

	/** The first document of {@code text} as maps, lists and scalars. */
	public static Object load(String text) {
		return yaml().load(text);
	}

	/**
	 * The first document of {@code text}, or the syntax problem with the line and column SnakeYAML marks;
	 * {@code source} names the text in the message (a file name).
	 */
	public static Object load(String text, String source) throws YamlSyntaxException {
		try {
			return yaml().load(text);
		} catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
			if (e.getContext() != null) {
				problem = problem + " (" + e.getContext() + ")";
			}
			throw mark == null ? new YamlSyntaxException(source, 1, 1, problem)
					: new YamlSyntaxException(source, mark.getLine() + 1, mark.getColumn() + 1, problem);
		} catch (YAMLException e) {
			throw new YamlSyntaxException(source, 1, 1, e.getMessage());
		}
	}

	/** The first document of a UTF-8 file; problems name the file. */
	public static Object load(Path file) throws IOException, YamlSyntaxException {
		return load(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(MAX_CODE_POINTS);
		return new Yaml(new SafeConstructor(options));
	}
}

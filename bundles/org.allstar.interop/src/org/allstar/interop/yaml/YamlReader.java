// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(MAX_CODE_POINTS);
		return new Yaml(new SafeConstructor(options)).load(text);
	}
}

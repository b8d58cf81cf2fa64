// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes maps, lists and scalars as block-style YAML without anchors, the way people write TOSCA by hand. */
public final class YamlWriter {

	private YamlWriter() {
	}

	public static String write(Object document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(120);
		options.setDereferenceAliases(true);
		return new Yaml(options).dump(document);
	}
}

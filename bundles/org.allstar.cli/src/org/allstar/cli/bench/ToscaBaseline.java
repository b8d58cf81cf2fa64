// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

/**
 * A TOSCA Simple Profile 1.3 service template of about the same size in bytes as the ALLSTAR-ML model, describing the
 * same kind of things (compute hosts with their capabilities, software components hosted on them), as the YAML
 * baseline the benchmark compares parse speed with.
 */
public final class ToscaBaseline {

	private ToscaBaseline() {
	}

	public static String text(int targetBytes) {
		StringBuilder yaml = new StringBuilder(targetBytes + 1024);
		yaml.append("tosca_definitions_version: tosca_simple_yaml_1_3\n\ntopology_template:\n  node_templates:\n");
		for (int i = 0; yaml.length() < targetBytes; i++) {
			if (i % 2 == 0) {
				yaml.append("    host").append(i).append(":\n      type: tosca.nodes.Compute\n")
						.append("      capabilities:\n        host:\n          properties:\n")
						.append("            num_cpus: ").append(4 + i % 4 * 4).append('\n')
						.append("            mem_size: ").append(16 << (i % 3)).append(" GB\n")
						.append("        os:\n          properties:\n            architecture: ")
						.append(i % 4 == 0 ? "x86_64" : "arm64").append('\n');
			} else {
				yaml.append("    app").append(i).append(":\n      type: tosca.nodes.SoftwareComponent\n")
						.append("      properties:\n        component_version: \"1.").append(i % 10).append("\"\n")
						.append("      requirements:\n        - host: host").append(i - 1).append('\n');
			}
		}
		return yaml.toString();
	}
}

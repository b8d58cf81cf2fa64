// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.allstar.interop.tosca.ImportResult;
import org.allstar.interop.tosca.Names;
import org.allstar.interop.tosca.ToscaImporter;
import org.allstar.interop.tosca.ToscaInputException;
import org.allstar.interop.yaml.YamlReader;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar bench --tosca [--templates 5000] [--runs R] [--warmup W]}: the TOSCA import of a generated
 * service template (a third Compute templates, the rest software components hosted on them and connected in a
 * chain), against SnakeYAML loading the same file in the same run, so the ratio is the cost of reading types,
 * checking and converting. Also loads the produced ALLSTAR-ML once, as {@code allstar import} does.
 */
final class ToscaBench {

	static final String USAGE = "allstar bench --tosca [--templates 5000] [--runs 5] [--warmup 2]";

	private final ModelLoader loader;

	ToscaBench(ModelLoader loader) {
		this.loader = loader;
	}

	int run(int templates, int runs, int warmup, PrintStream out, PrintStream err) throws IOException {
		String yaml = template(templates);
		Path dir = Files.createTempDirectory("allstar-bench-tosca");
		Path file = Files.writeString(dir.resolve("bench.yaml"), yaml);
		Path model = dir.resolve("bench.allstar");
		// generated names are never keywords, so no escaping is needed (and no language services)
		ToscaImporter importer = new ToscaImporter(new Names(name -> name));
		try {
			Supplier<Object> snakeYaml = () -> {
				try {
					return YamlReader.load(Files.readString(file), file.toString());
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			};
			Supplier<Object> tosca = () -> {
				try {
					return importer.read(file);
				} catch (ToscaInputException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			};
			err.printf("allstar bench --tosca: %d node templates, %d bytes; warming up (%d runs) ...%n", templates,
					yaml.length(), warmup);
			// interleaved, so that load from other processes on the machine hits both sides alike
			long[] yamlNanos = new long[runs];
			long[] importNanos = new long[runs];
			for (int i = -warmup; i < runs; i++) {
				long yaml1 = BenchCommand.measure(snakeYaml, 1)[0];
				long import1 = BenchCommand.measure(tosca, 1)[0];
				if (i >= 0) {
					yamlNanos[i] = yaml1;
					importNanos[i] = import1;
				}
			}
			double yamlMs = BenchCommand.median(yamlNanos);
			double importMs = BenchCommand.median(importNanos);
			long before = BenchCommand.usedAfterGc();
			ImportResult result = (ImportResult) tosca.get();
			long with = BenchCommand.usedAfterGc();
			Files.writeString(model, result.text());
			long start = System.nanoTime();
			LoadedModels loaded = loader.load(List.of(model), CancelIndicator.NullImpl);
			double loadMs = (System.nanoTime() - start) / 1e6;
			out.printf("java %s, max heap %d MB, median of %d interleaved runs%n", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, runs);
			out.printf("service template: %d node templates, %d bytes -> %s%n", templates, yaml.length(), result.counts());
			out.printf("SnakeYAML load (baseline)          %9.1f ms%n", yamlMs);
			out.printf("TOSCA import (read, check, convert) %8.1f ms   ratio to SnakeYAML %.2f%n", importMs, importMs / yamlMs);
			out.printf("ALLSTAR-ML load of the result (once) %7.1f ms   %d lines, %s%n", loadMs, result.text().lines().count(),
					loaded.hasErrors() ? "with errors" : "no errors");
			out.printf("heap used after GC: %.1f MB with the import result held (%.1f MB for it)%n", with / 1e6, (with - before) / 1e6);
			Reference.reachabilityFence(result);
			return result.problems().isEmpty() && !loaded.hasErrors() ? 0 : 1;
		} finally {
			Files.deleteIfExists(model);
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	/** Computes (every third template), components hosted on the compute before them, each connected to the last. */
	static String template(int count) {
		StringBuilder yaml = new StringBuilder(count * 200);
		yaml.append("tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  template_name: bench\n")
				.append("topology_template:\n  node_templates:\n");
		int host = -1;
		int previous = -1;
		for (int i = 0; i < count; i++) {
			if (i % 3 == 0) {
				host = i;
				yaml.append("    host").append(i).append(":\n      type: tosca.nodes.Compute\n")
						.append("      capabilities:\n        host:\n          properties:\n")
						.append("            num_cpus: ").append(4 + i % 4 * 4).append('\n')
						.append("            mem_size: ").append(16 << (i % 3)).append(" GB\n")
						.append("            disk_size: 100 GB\n")
						.append("        os:\n          properties:\n            architecture: ")
						.append(i % 2 == 0 ? "x86_64" : "arm64").append('\n');
			} else {
				yaml.append("    app").append(i).append(":\n      type: tosca.nodes.SoftwareComponent\n")
						.append("      properties:\n        component_version: \"1.").append(i % 10).append("\"\n")
						.append("      requirements:\n        - host: host").append(host).append('\n');
				if (previous >= 0) {
					yaml.append("        - dependency:\n            node: app").append(previous)
							.append("\n            relationship: tosca.relationships.ConnectsTo\n");
				}
				previous = i;
			}
		}
		return yaml.toString();
	}
}

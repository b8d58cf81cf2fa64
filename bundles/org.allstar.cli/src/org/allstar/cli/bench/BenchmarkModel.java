// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

/**
 * Writes a synthetic ALLSTAR-ML model of a given size: for 10,000 lines about 1,000 nodes (100 providers), 500
 * components, 2,000 links, 1,500 flows and a deployment, all valid, so the benchmark measures the normal path
 * (parse, link, every check) and not error recovery.
 */
public final class BenchmarkModel {

	private BenchmarkModel() {
	}

	/** The model text; {@code scale} 1.0 gives about 10,000 lines. */
	public static String text(double scale) {
		int providers = Math.max(1, (int) Math.round(100 * scale));
		int nodesPerProvider = 10;
		int components = Math.max(2, (int) Math.round(500 * scale));
		int links = Math.max(1, (int) Math.round(2000 * scale));
		StringBuilder text = new StringBuilder(700_000);
		text.append("package bench\n\n");
		text.append("data personal sensitivity personal residency \"EU\"\n\n");
		for (int p = 0; p < providers; p++) {
			text.append("provider P").append(p).append(" {\n  kind ").append(p % 3 == 0 ? "cloud" : "edge")
					.append("\n  region \"eu-").append(p % 7).append("\"\n");
			for (int n = 0; n < nodesPerProvider; n++) {
				text.append("  node n").append(n).append(" { cpu ").append(4 + n % 4 * 4).append(" cores memory ")
						.append(16 << (n % 3)).append(" GB arch ").append(n % 2 == 0 ? "amd64" : "arm64")
						.append(" price 0.").append(10 + n).append(" EUR/h availability 99.9 % power ")
						.append(60 + n * 10).append(" W }\n");
			}
			text.append("}\n");
		}
		text.append("\nnetwork mesh {\n");
		int nodes = providers * nodesPerProvider;
		// a ring of region links keeps every node reachable; the rest are node-to-node links
		for (int p = 0; p < providers && providers > 1; p++) {
			text.append("  link P").append(p).append(" <-> P").append((p + 1) % providers).append(" latency ")
					.append(5 + p % 20).append(" ms bandwidth 10 Gbps\n");
		}
		for (int l = providers; l < links; l++) {
			int from = l % nodes;
			int to = (l * 7 + 1) % nodes;
			if (to == from) {
				to = (to + 1) % nodes;
			}
			text.append("  link ").append(node(from, nodesPerProvider)).append(" <-> ").append(node(to, nodesPerProvider))
					.append(" latency ").append(1 + l % 40).append(" ms bandwidth ").append(1 + l % 10)
					.append(" Gbps\n");
		}
		text.append("}\n\napplication App {\n");
		for (int c = 0; c < components; c++) {
			text.append("  component c").append(c).append(" {\n    image \"bench/c").append(c)
					.append(":1\"\n    variant arm64 \"bench/c").append(c).append(":1-arm64\"\n    cpu 1 core\n    memory 512 MB\n    storage 1 GB\n    replicas 1\n    ports ").append(8000 + c % 1000)
					.append("\n    handles personal\n  }\n");
		}
		for (int c = 1; c < components; c++) {
			text.append("  flow c").append(c - 1).append(" -> c").append(c).append(" bandwidth 10 Mbps latency < 10 s\n");
			text.append("  flow c").append(c).append(" -> c").append((c * 3) % components == c ? 0 : (c * 3) % components)
					.append(" bandwidth 1 Mbps\n");
			text.append("  flow c").append(c).append(" -> c").append((c * 5) % components == c ? 0 : (c * 5) % components)
					.append(" bandwidth 2 Mbps carries personal\n");
		}
		text.append("  require availability >= 50 %\n  budget 100000 EUR/month\n}\n\ndeployment prod of App {\n");
		for (int c = 0; c < components; c++) {
			text.append("  c").append(c).append(" on ").append(node(c % nodes, nodesPerProvider)).append('\n');
		}
		return text.append("}\n").toString();
	}

	private static String node(int index, int nodesPerProvider) {
		return "P" + index / nodesPerProvider + ".n" + index % nodesPerProvider;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.bench;

/**
 * Writes a synthetic ALLSTAR-ML model of a given shape: providers of ten nodes each, components with three flows
 * each, links (a ring of region links that keeps every node reachable, the rest node to node) and one deployment
 * that spreads the components over the nodes. All valid, so a benchmark measures the normal path (parse, link,
 * every check) and not error recovery. Used by the CLI's benchmarks and the editor's (lang.ui.tests).
 */
public final class BenchmarkModel {

	private static final int NODES_PER_PROVIDER = 10;

	/** How many providers (of ten nodes each), components (three flows each) and links. */
	public record Shape(int providers, int components, int links) {

		/** The parse benchmark: for scale 1 about 10,000 lines, 1,000 nodes, 500 components, 2,000 links. */
		public static Shape parsing(double scale) {
			return new Shape(Math.max(1, (int) Math.round(100 * scale)), Math.max(2, (int) Math.round(500 * scale)),
					Math.max(1, (int) Math.round(2000 * scale)));
		}

		/** The verifier benchmark: for scale 1, 5,000 nodes, 1,000 components, 20,000 links, 3,000 flows. */
		public static Shape verifying(double scale) {
			return new Shape(Math.max(1, (int) Math.round(500 * scale)), Math.max(2, (int) Math.round(1000 * scale)),
					Math.max(1, (int) Math.round(20000 * scale)));
		}

		public int nodes() {
			return providers * NODES_PER_PROVIDER;
		}

		/** "5000 nodes, 1000 components, 20000 links, 2997 flows" */
		public String describe() {
			return nodes() + " nodes, " + components + " components, " + links + " links, " + 3 * (components - 1)
					+ " flows";
		}
	}

	private BenchmarkModel() {
	}

	/** The model text of the parse benchmark; {@code scale} 1.0 gives about 10,000 lines. */
	public static String text(double scale) {
		return text(Shape.parsing(scale));
	}

	/** The model text of {@code shape}. */
	public static String text(Shape shape) {
		int providers = shape.providers();
		int nodesPerProvider = NODES_PER_PROVIDER;
		int components = shape.components();
		int links = shape.links();
		StringBuilder text = new StringBuilder(1 << 20);
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
		// 99.9 % per node in series falls with the component count; the budget is about 200 EUR/month a component
		text.append("  require availability >= 0.01 %\n  budget ").append(200 * components)
				.append(" EUR/month\n}\n\ndeployment prod of App {\n");
		for (int c = 0; c < components; c++) {
			// spread over all nodes, so that routes start from many sources
			int at = (int) ((long) c * nodes / components);
			text.append("  c").append(c).append(" on ").append(node(at, nodesPerProvider)).append('\n');
		}
		return text.append("}\n").toString();
	}

	private static String node(int index, int nodesPerProvider) {
		return "P" + index / nodesPerProvider + ".n" + index % nodesPerProvider;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.bench;

/**
 * Generated models for the diagram benchmark ({@code allstar bench --diagram}) and the layout tests: the text an
 * editor would open, so that the benchmark measures the whole path from text to a laid out diagram.
 */
public final class DiagramBenchmarkModel {

	private DiagramBenchmarkModel() {
	}

	/**
	 * {@code providers} providers (every third a Cloud, the others Edge) of {@code perProvider} nodes each, and two
	 * links per node: one to the next node of its provider (a ring) and one to a node of the next provider. 10 × 100
	 * gives the 1,000 nodes and 2,000 links, half of them between providers.
	 *
	 * @throws IllegalArgumentException for fewer than 2 providers or 3 nodes each (a link would join a node to
	 *         itself or repeat another)
	 */
	public static String infrastructure(int providers, int perProvider) {
		if (providers < 2 || perProvider < 3) {
			throw new IllegalArgumentException("need at least 2 providers of 3 nodes, not " + providers + " of "
					+ perProvider);
		}
		StringBuilder text = new StringBuilder();
		for (int p = 0; p < providers; p++) {
			text.append("provider P").append(p).append(" {\n  kind ").append(p % 3 == 0 ? "cloud" : "edge").append('\n');
			for (int n = 0; n < perProvider; n++) {
				text.append("  node n").append(n).append(" { cpu 4 cores memory 8 GB }\n");
			}
			text.append("}\n");
		}
		text.append("network big {\n");
		for (int p = 0; p < providers; p++) {
			for (int n = 0; n < perProvider; n++) {
				text.append("  link P").append(p).append(".n").append(n).append(" <-> P").append(p).append(".n")
						.append((n + 1) % perProvider).append(" latency 1 ms\n");
				text.append("  link P").append(p).append(".n").append(n).append(" <-> P").append((p + 1) % providers)
						.append(".n").append((n * 7) % perProvider).append(" latency 20 ms\n");
			}
		}
		return text.append("}\n").toString();
	}

	/**
	 * One application of {@code components} components in stages of ten, each component sending to the one after it
	 * in the next stage and every other one also to the one after that: about 1.4 flows per component, a pipeline
	 * with fan-out as real applications have. 200 components give 200 nodes and 285 edges.
	 */
	public static String application(int components) {
		StringBuilder text = new StringBuilder("application Bench {\n");
		for (int c = 0; c < components; c++) {
			text.append("  component c").append(c).append(" { cpu ").append(2 + c % 3).append(" cores memory ")
					.append(1 + c % 8).append(" GB }\n");
		}
		int stage = 10;
		for (int c = 0; c + stage < components; c++) {
			text.append("  flow c").append(c).append(" -> c").append(c + stage)
					.append(" bandwidth 10 Mbps latency < 20 ms\n");
			int next = c + stage + 1;
			if (c % 2 == 0 && next < components && next / stage == (c + stage) / stage) {
				text.append("  flow c").append(c).append(" -> c").append(next).append(" bandwidth 2 Mbps\n");
			}
		}
		return text.append("}\n").toString();
	}
}

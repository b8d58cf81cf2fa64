// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stable codes of the verifier's rules (DESIGN §4); tools key on them, so they never change meaning. */
public final class VerifyCodes {

	public static final String CAPACITY = "capacity";
	public static final String ACCELERATOR = "accelerator";
	public static final String ARCHITECTURE = "architecture";
	public static final String LATENCY = "latency";
	public static final String STATE = "state";
	public static final String RESIDENCY = "residency";
	public static final String ISOLATION = "isolation";
	public static final String COST = "cost";
	public static final String ENERGY = "energy";
	public static final String BANDWIDTH = "bandwidth";
	public static final String AVAILABILITY = "availability";
	public static final String SLA = "sla";
	public static final String REPUTATION = "reputation";

	private static final Map<String, String> EXPLANATIONS = Map.ofEntries(
			Map.entry(STATE, "No placement on an offline or withdrawn node (error); a busy node is a warning."),
			Map.entry(CAPACITY, "Per node, the summed CPU, memory and storage of the replicas placed on it, and "
					+ "the accelerators they require, stay within what the node declares. Replicas are spread over the "
					+ "listed nodes in turn; exactly full passes."),
			Map.entry(ACCELERATOR, "A required accelerator (kind, vendor, memory) exists on every node of the "
					+ "component (error); a preferred one without a match is a warning and the CPU image runs."),
			Map.entry(ARCHITECTURE, "An image exists for each node's architecture: the plain image counts as "
					+ "amd64, other architectures need a variant that names them."),
			Map.entry(LATENCY, "Each flow's bound holds over the shortest-latency network path between the "
					+ "nodes of its components (same node or same provider: 0 ms); each 'require latency' holds "
					+ "summed along its path; "
					+ "no path at all is an error. Bounds are strict."),
			Map.entry(RESIDENCY, "A component that handles a data class runs only in regions its residency "
					+ "allows ('EU' and 'EEA' cover their member countries; a region's first segment is its country)."),
			Map.entry(ISOLATION, "'isolation enclave' needs a node with sgx, trustzone or sev; untrusted and "
					+ "safety-critical components never share a node."),
			Map.entry(COST, "The prices of the nodes a deployment uses, each once, stay within the "
					+ "application's budget (a month is 730 h)."),
			Map.entry(ENERGY, "The power of the nodes a deployment uses, each once, stays within the "
					+ "application's energy budget."),
			Map.entry(BANDWIDTH, "The flows routed over a link, summed, stay within its bandwidth."),
			Map.entry(AVAILABILITY, "Composed availability (nodes of a component in parallel, components in "
					+ "series, components on the same nodes once) meets 'require availability'."),
			Map.entry(REPUTATION, "Every provider the deployment uses has a reputation (from the chain) at or "
					+ "above 'require reputation'; without a chain connected it is reported as not checked."),
			Map.entry(SLA, "An SLA's availability threshold is achievable with the nodes' declared figures; "
					+ "its witness committee is odd and its quorum a majority."));

	private VerifyCodes() {
	}

	/** What the rule with {@code code} checks, for {@code allstar verify --explain}; empty for an unknown code. */
	public static Optional<String> explain(String code) {
		return Optional.ofNullable(EXPLANATIONS.get(code));
	}

	/** Every rule code, sorted. */
	public static List<String> all() {
		return EXPLANATIONS.keySet().stream().sorted().toList();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.network;

import java.util.List;

import org.allstar.model.Host;
import org.allstar.model.Link;
import org.allstar.model.quantity.Rational;

/** A route through the network: the hosts passed, the links taken and their summed latency in ms (exact). */
public record NetworkPath(List<Host> hosts, List<Link> links, Rational latencyMs) {

	/** "PortoEdge.stadiumBox → AwsFrankfurt.gpuVm" for messages. */
	public String describe() {
		return String.join(" → ", hosts.stream().map(NetworkGraph::nameOf).toList());
	}
}

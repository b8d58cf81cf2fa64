// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.List;

import org.allstar.model.Node;
import org.allstar.plan.Conflict;
import org.allstar.plan.problem.Need;
import org.allstar.plan.problem.Problem;

/**
 * Components that no node can host at all, each explained by a minimal set of its own requirements that no node
 * meets together ("storyNlp requires a gpu; needs an enclave; handles personal, which must stay in EU"): every node
 * fails one of them, and without any one of them some node would do.
 */
final class DomainConflicts {

	private DomainConflicts() {
	}

	static List<Conflict> of(Problem problem) {
		List<Conflict> conflicts = new ArrayList<>();
		for (int c = 0; c < problem.componentCount(); c++) {
			if (problem.domain[c].length == 0) {
				conflicts.add(explain(problem, c));
			}
		}
		return conflicts;
	}

	private static Conflict explain(Problem problem, int c) {
		String name = problem.components.get(c).getName();
		if (problem.nodes.isEmpty()) {
			return new Conflict("'" + name + "' has no node to run on: no provider in scope declares a node", List.of());
		}
		List<Need> needs = new ArrayList<>(problem.needs.get(c));
		List<Need> kept = new ArrayList<>(needs);
		for (Need need : needs) {
			List<Need> without = new ArrayList<>(kept);
			without.remove(need);
			if (everyNodeFailsOneOf(problem.nodes, without)) {
				kept = without;
			}
		}
		return new Conflict("'" + name + "': no node of the " + problem.nodeCount() + " in scope meets all of", kept
				.stream().map(Need::toString).toList());
	}

	/** Whether the requirements together rule out every node. */
	static boolean everyNodeFailsOneOf(List<Node> nodes, List<Need> needs) {
		return nodes.stream().allMatch(node -> needs.stream().anyMatch(need -> !need.meets().test(node)));
	}
}

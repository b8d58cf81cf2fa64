// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.eclipse.emf.ecore.EObject;

/** A plan as ALLSTAR-ML text, already in the formatter's layout. */
public final class DeploymentText {

	private DeploymentText() {
	}

	/** A whole file: a comment with the plan's figures, the package, the imports it needs and the deployment. */
	public static String file(Plan plan, Application application, String name, String packageName) {
		StringBuilder text = new StringBuilder();
		text.append("// Planned by allstar plan (objective ").append(plan.objective()).append("): ")
				.append(summary(plan)).append('\n');
		text.append("package ").append(packageName).append("\n\n");
		List<String> imports = imports(plan, application, packageName);
		for (String imported : imports) {
			text.append("import ").append(imported).append(".*\n");
		}
		// one blank line between the blocks, as the formatter writes them
		text.append(imports.isEmpty() ? "" : "\n").append(deployment(plan, application, name));
		return text.toString();
	}

	/** The packages to import so that the deployment's names resolve from {@code packageName}. */
	public static List<String> imports(Plan plan, Application application, String packageName) {
		TreeSet<String> packages = new TreeSet<>();
		java.util.stream.Stream.concat(java.util.stream.Stream.of(application),
				plan.placements().values().stream().flatMap(List::stream).map(n -> n.eContainer()))
				.map(DeploymentText::packageOf).filter(p -> p != null && !p.isEmpty() && !p.equals(packageName))
				.forEach(packages::add);
		return List.copyOf(packages);
	}

	/** Just the deployment block. */
	public static String deployment(Plan plan, Application application, String name) {
		StringBuilder text = new StringBuilder();
		text.append("deployment ").append(name).append(" of ").append(application.getName()).append(" {\n");
		for (Map.Entry<Component, List<Node>> entry : plan.placements().entrySet()) {
			text.append("  ").append(entry.getKey().getName()).append(" on ").append(String.join(", ",
					entry.getValue().stream().map(DeploymentText::reference).toList())).append('\n');
		}
		return text.append("}\n").toString();
	}

	/** "optimal, 958.49 EUR/month, latency 42 ms, 1000 W" and the gap where not proven. */
	public static String summary(Plan plan) {
		String text = plan.status().name().toLowerCase(Locale.ROOT) + ", " + Plan.decimal(plan.parts().pricePerMonth())
				+ " EUR/month, latency " + Plan.decimal(plan.parts().latencyMs()) + " ms, "
				+ Plan.decimal(plan.parts().powerW()) + " W";
		if (plan.status() == PlanStatus.FEASIBLE && !Double.isNaN(plan.gap())) {
			text += String.format(Locale.ROOT, ", within %.2f %% of the best bound", 100 * plan.gap());
		}
		return text;
	}

	private static String reference(Node node) {
		return ((Provider) node.eContainer()).getName() + "." + node.getName();
	}

	/** The package of the model file an element is in; null outside a model. */
	public static String packageOf(EObject element) {
		EObject root = element;
		while (root != null && !(root instanceof Model)) {
			root = root.eContainer();
		}
		return root == null ? null : ((Model) root).getName();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import static org.allstar.model.AllstarPackage.Literals.DEPLOYMENT__APPLICATION;

import java.math.MathContext;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.allstar.model.Application;
import org.allstar.model.Node;
import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Rational;
import org.allstar.model.quantity.Unit;
import org.allstar.verify.DeploymentView;
import org.allstar.verify.Finding;
import org.allstar.verify.Rule;

/**
 * The summed figure of the nodes a deployment uses (each node counted once: it is rented or powered whole) stays
 * within the application's budget: price within {@code budget} (cost), power within {@code energy} (energy).
 */
public class BudgetRule implements Rule {

	private final String code;
	private final String what;
	private final Unit unit;
	private final Function<Node, Quantity> perNode;
	private final Function<Application, Quantity> budget;

	private BudgetRule(String code, String what, Unit unit, Function<Node, Quantity> perNode,
			Function<Application, Quantity> budget) {
		this.code = code;
		this.what = what;
		this.unit = unit;
		this.perNode = perNode;
		this.budget = budget;
	}

	/** Node prices against the application's money budget, in EUR per month. */
	public static BudgetRule cost() {
		return new BudgetRule(org.allstar.verify.VerifyCodes.COST, "price", Unit.EUR_PER_MONTH, Node::getPrice,
				Application::getBudget);
	}

	/** Node power against the application's energy budget, in W. */
	public static BudgetRule energy() {
		return new BudgetRule(org.allstar.verify.VerifyCodes.ENERGY, "power", Unit.WATT, Node::getPower,
				Application::getEnergyBudget);
	}

	@Override
	public void check(DeploymentView deployment, Consumer<Finding> findings) {
		Application application = deployment.deployment().getApplication();
		if (application == null || application.eIsProxy()) {
			return;
		}
		Optional<Rational> limit = Quantities.valueIn(budget.apply(application), unit);
		if (limit.isEmpty()) {
			return;
		}
		Rational total = Rational.ZERO;
		for (Node node : deployment.replicasByNode().keySet()) {
			total = total.add(Quantities.valueIn(perNode.apply(node), unit).orElse(Rational.ZERO));
		}
		if (total.compareTo(limit.get()) > 0) {
			findings.accept(Finding.error(code, "The nodes of deployment '" + deployment.deployment().getName()
					+ "' total a " + what + " of " + round(total) + " " + unit.symbol() + ", over the budget of "
					+ round(limit.get()) + " " + unit.symbol() + " (" + deployment.replicasByNode().size()
					+ " node(s)).", deployment.deployment(), DEPLOYMENT__APPLICATION));
		}
	}

	private static String round(Rational value) {
		return value.toBigDecimal(new MathContext(6)).toPlainString();
	}
}

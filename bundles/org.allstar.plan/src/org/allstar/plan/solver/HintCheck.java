// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.List;

import com.google.ortools.sat.ConstraintProto;
import com.google.ortools.sat.CpModelProto;
import com.google.ortools.sat.LinearConstraintProto;

/** For tuning (-Dallstar.plan.debug=true): names the constraints a hint breaks, so model and warm start agree. */
final class HintCheck {

	private HintCheck() {
	}

	static void report(CpModelProto model) {
		long[] value = new long[model.getVariablesCount()];
		boolean[] known = new boolean[value.length];
		var hint = model.getSolutionHint();
		for (int i = 0; i < hint.getVarsCount(); i++) {
			value[hint.getVars(i)] = hint.getValues(i);
			known[hint.getVars(i)] = true;
		}
		int shown = 0;
		for (int k = 0; k < model.getConstraintsCount() && shown < 10; k++) {
			ConstraintProto constraint = model.getConstraints(k);
			if (!holds(constraint.getEnforcementLiteralList(), value, known, true)) {
				continue;
			}
			Boolean ok = switch (constraint.getConstraintCase()) {
			case LINEAR -> linear(constraint.getLinear(), value, known);
			case BOOL_OR -> holdsAny(constraint.getBoolOr().getLiteralsList(), value, known);
			case BOOL_AND -> holds(constraint.getBoolAnd().getLiteralsList(), value, known, false);
			case EXACTLY_ONE -> count(constraint.getExactlyOne().getLiteralsList(), value, known) == 1;
			case AT_MOST_ONE -> count(constraint.getAtMostOne().getLiteralsList(), value, known) <= 1;
			default -> null;
			};
			if (ok != null && !ok) {
				System.err.println("hint breaks constraint " + k + ": " + constraint.toString().replace('\n', ' '));
				shown++;
			}
		}
	}

	private static long literal(int literal, long[] value) {
		return literal >= 0 ? value[literal] : 1 - value[-literal - 1];
	}

	private static boolean holds(List<Integer> literals, long[] value, boolean[] known, boolean unknownHolds) {
		for (int literal : literals) {
			int var = literal >= 0 ? literal : -literal - 1;
			if (!known[var]) {
				if (!unknownHolds) {
					return true;
				}
				continue;
			}
			if (literal(literal, value) == 0) {
				return false;
			}
		}
		return true;
	}

	private static Boolean holdsAny(List<Integer> literals, long[] value, boolean[] known) {
		for (int literal : literals) {
			int var = literal >= 0 ? literal : -literal - 1;
			if (!known[var] || literal(literal, value) == 1) {
				return true;
			}
		}
		return false;
	}

	private static int count(List<Integer> literals, long[] value, boolean[] known) {
		int count = 0;
		for (int literal : literals) {
			int var = literal >= 0 ? literal : -literal - 1;
			count += known[var] ? (int) literal(literal, value) : 0;
		}
		return count;
	}

	private static Boolean linear(LinearConstraintProto linear, long[] value, boolean[] known) {
		long sum = 0;
		for (int i = 0; i < linear.getVarsCount(); i++) {
			if (!known[linear.getVars(i)]) {
				return null;
			}
			sum += linear.getCoeffs(i) * value[linear.getVars(i)];
		}
		for (int i = 0; i + 1 < linear.getDomainCount(); i += 2) {
			if (sum >= linear.getDomain(i) && sum <= linear.getDomain(i + 1)) {
				return true;
			}
		}
		return false;
	}
}

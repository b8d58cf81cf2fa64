// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ide.contentassist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.allstar.model.Quantity;
import org.allstar.model.quantity.Dimension;
import org.allstar.model.quantity.QuantityFeatures;
import org.allstar.model.quantity.Unit;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Xtext's proposals (keywords, cross-references) plus the unit symbols after a number: a unit is a plain ID in the
 * grammar (its dimension is the validator's business), so Xtext alone would propose nothing there. Where the place
 * of the quantity is known ({@code memory 8 |}), only the units of the dimensions it accepts are proposed.
 */
public class UnitProposalProvider extends IdeContentProposalProvider {

	private static final String UNIT_RULE = "UnitSymbol";

	@Override
	protected void createProposals(AbstractElement element, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (callsUnitRule(element)) {
			proposeUnits(context, acceptor);
			return;
		}
		super.createProposals(element, context, acceptor);
	}

	private static boolean callsUnitRule(AbstractElement element) {
		AbstractElement called = element instanceof Assignment assignment ? assignment.getTerminal() : element;
		return called instanceof RuleCall call && call.getRule() != null && UNIT_RULE.equals(call.getRule().getName());
	}

	private void proposeUnits(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Set<Dimension> expected = context.getCurrentModel() instanceof Quantity quantity
				? QuantityFeatures.expectedDimensions(quantity)
				: Set.of();
		Arrays.stream(Unit.values()).filter(unit -> expected.isEmpty() || expected.contains(unit.dimension()))
				.forEach(unit -> {
					ContentAssistEntry entry = getProposalCreator().createProposal(unit.symbol(), context,
							e -> e.setDescription(unit.dimension().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
					if (entry != null) {
						acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
					}
				});
	}
}

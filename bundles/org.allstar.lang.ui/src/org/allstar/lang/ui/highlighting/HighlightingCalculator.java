// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Highlighting from the node model of a parse: every leaf is classified by the grammar element that produced it, so
 * the colours follow the grammar (a keyword used as a name, such as a node called {@code edge}, is a name, not a
 * keyword). No SWT here: {@link PresentationUpdater} turns the ranges into colours.
 */
public class HighlightingCalculator {

	/** The highlighted ranges of a parse result, in text order; a null parse result has none. */
	public List<HighlightedRange> compute(IParseResult parseResult) {
		List<HighlightedRange> ranges = new ArrayList<>();
		if (parseResult == null || parseResult.getRootNode() == null) {
			return ranges;
		}
		for (ILeafNode leaf : parseResult.getRootNode().getLeafNodes()) {
			if (leaf.getLength() == 0) {
				continue;
			}
			TokenStyle style = styleOf(leaf);
			if (style != null) {
				ranges.add(new HighlightedRange(leaf.getOffset(), leaf.getLength(), style));
			}
		}
		return ranges;
	}

	private TokenStyle styleOf(ILeafNode leaf) {
		if (leaf.isHidden()) {
			return ruleName(leaf.getGrammarElement()).endsWith("COMMENT") ? TokenStyle.COMMENT : null;
		}
		if (inside(leaf, CrossReference.class)) {
			return TokenStyle.REFERENCE;
		}
		if (insideRule(leaf, "UnitSymbol")) {
			return TokenStyle.UNIT;
		}
		EObject grammarElement = leaf.getGrammarElement();
		if (grammarElement instanceof Keyword keyword) {
			if (insideRule(leaf, "ValidID")) {
				return null;
			}
			return Character.isLetter(keyword.getValue().charAt(0)) ? TokenStyle.KEYWORD : null;
		}
		if (grammarElement instanceof EnumLiteralDeclaration) {
			return TokenStyle.KEYWORD;
		}
		return switch (ruleName(grammarElement)) {
		case "STRING" -> TokenStyle.STRING;
		case "INT", "DECIMAL", "HEX" -> TokenStyle.NUMBER;
		default -> null;
		};
	}

	/** Whether a node above the leaf (a datatype rule such as QualifiedName) was called from a grammar element of that type. */
	private static boolean inside(INode node, Class<?> grammarType) {
		for (INode n = node; n != null; n = n.getParent()) {
			EObject element = n.getGrammarElement();
			if (grammarType.isInstance(element)) {
				return true;
			}
			if (element instanceof RuleCall call && grammarType.isInstance(call.eContainer())) {
				return true;
			}
		}
		return false;
	}

	private static boolean insideRule(INode node, String ruleName) {
		for (INode n = node; n != null; n = n.getParent()) {
			if (ruleName.equals(ruleName(n.getGrammarElement()))) {
				return true;
			}
		}
		return false;
	}

	private static String ruleName(EObject grammarElement) {
		if (grammarElement instanceof RuleCall call && call.getRule() != null) {
			return call.getRule().getName();
		}
		if (grammarElement instanceof AbstractRule rule) {
			return rule.getName();
		}
		return "";
	}
}

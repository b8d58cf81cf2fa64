// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.highlighting;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.lang.ui.EditedRegion;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Highlighting from the node model of a parse: every leaf is classified by the grammar element that produced it, so
 * the colours follow the grammar (a keyword used as a name, such as a node called {@code edge}, is a name, not a
 * keyword). No SWT here: {@link PresentationUpdater} turns the ranges into colours.
 * <p>
 * Incremental: a calculator remembers the colours of each element of its last parse. When the next parse is a
 * partial re-parse of the same node model (same root node), an element node that is the same object as before and
 * does not touch the edited text was not re-parsed, and neither were its ancestors, so its leaves and their grammar
 * context are unchanged: its colours are taken over, moved to its new offset, instead of classifying its leaves
 * again (each classification walks the leaf's ancestors; 10,000 lines have about 100,000 leaves).
 */
public class HighlightingCalculator {

	private ICompositeNode lastRoot;
	private String lastText;
	/** Colours of element nodes of the last parse, offsets relative to the node's total offset. */
	private Map<INode, List<HighlightedRange>> lastColours = Map.of();

	/** The highlighted ranges of a parse result, in text order; a null parse result has none. */
	public List<HighlightedRange> compute(IParseResult parseResult) {
		List<HighlightedRange> ranges = new ArrayList<>();
		if (parseResult == null || parseResult.getRootNode() == null) {
			forget();
			return ranges;
		}
		ICompositeNode root = parseResult.getRootNode();
		String text = root.getText();
		EditedRegion edit = root == lastRoot ? EditedRegion.between(lastText, text) : null;
		Map<INode, List<HighlightedRange>> colours = new IdentityHashMap<>();
		for (INode child : root.getChildren()) {
			collect(child, edit, ranges, colours);
		}
		lastRoot = root;
		lastText = text;
		lastColours = colours;
		return ranges;
	}

	/**
	 * Takes nothing over at the next computation: the model went through a change this calculator did not see
	 * (a check cancelled between the update and the colours), so "unchanged object" no longer means "not
	 * re-parsed since".
	 */
	public void forget() {
		lastRoot = null;
		lastText = null;
		lastColours = Map.of();
	}

	/**
	 * Adds the colours of {@code node}: taken over from the last parse when it is an unchanged element away from
	 * the edit, computed per child when the edit is inside it, else computed whole and remembered.
	 */
	private void collect(INode node, EditedRegion edit, List<HighlightedRange> ranges,
			Map<INode, List<HighlightedRange>> colours) {
		if (!(node instanceof ICompositeNode composite)) {
			addLeaf((ILeafNode) node, ranges);
			return;
		}
		int offset = composite.getTotalOffset();
		boolean touched = edit != null && edit.touches(offset, composite.getTotalLength());
		List<HighlightedRange> relative = touched || edit == null ? null : lastColours.get(composite);
		if (relative == null && touched) {
			for (INode child : composite.getChildren()) {
				collect(child, edit, ranges, colours);
			}
			return;
		}
		if (relative == null) {
			List<HighlightedRange> own = new ArrayList<>();
			for (ILeafNode leaf : composite.getLeafNodes()) {
				addLeaf(leaf, own);
			}
			relative = own.stream().map(r -> new HighlightedRange(r.offset() - offset, r.length(), r.style()))
					.toList();
		}
		colours.put(composite, relative);
		for (HighlightedRange range : relative) {
			ranges.add(new HighlightedRange(range.offset() + offset, range.length(), range.style()));
		}
	}

	private void addLeaf(ILeafNode leaf, List<HighlightedRange> ranges) {
		if (leaf.getLength() == 0) {
			return;
		}
		TokenStyle style = styleOf(leaf);
		if (style != null) {
			ranges.add(new HighlightedRange(leaf.getOffset(), leaf.getLength(), style));
		}
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

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * The grammar lets properties come in any order, so {@code cpu 4 cores ... cpu 8 cores} would parse and the last one
 * would silently win; this check makes that an error at the second one.
 */
public class PropertyChecks extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AllstarMlValidator
	}

	@Check
	public void singleValuedPropertiesWrittenOnce(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (NodeModelUtils.getNode(object) == null || node == null) {
			return;
		}
		for (String name : featuresWrittenMoreThanOnce(object, node)) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature == null || feature.isMany() || feature.isDerived()) {
				continue;
			}
			List<INode> written = NodeModelUtils.findNodesForFeature(object, feature);
			if (written.size() > 1) {
				INode second = written.get(1);
				getMessageAcceptor().acceptError("'" + feature.getName() + "' is written " + written.size()
						+ " times; keep one.", object, second.getOffset(), second.getLength(),
						IssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}

	/**
	 * The features assigned more than once in {@code object}'s text, found in one walk of its nodes that visits and
	 * counts exactly as Xtext's {@code findNodesForFeature} does for one feature: asking Xtext for every feature
	 * walked the nodes once per feature, a third of a 10,000-line model's check. Each feature named here is then
	 * asked of Xtext, for the place of its second assignment.
	 */
	private static Set<String> featuresWrittenMoreThanOnce(EObject object, ICompositeNode node) {
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new HashSet<>();
		BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode child = nodes.next();
			EObject grammarElement = child.getGrammarElement();
			String feature = null;
			if (grammarElement instanceof Action action) {
				if (child.getSemanticElement() == object) {
					nodes.next(); // as Xtext: the node after the action's is the one assigned
					feature = action.getFeature();
				} else {
					feature = assignedFeature(firstNonAction((ICompositeNode) child).getGrammarElement());
				}
				nodes.prune();
			} else if (grammarElement != null && child != node) {
				feature = assignedFeature(grammarElement);
				if (feature != null) {
					nodes.prune();
				}
			}
			if (feature != null && !seen.add(feature)) {
				repeated.add(feature);
			}
		}
		return repeated;
	}

	private static INode firstNonAction(ICompositeNode composite) {
		INode first = composite.getFirstChild();
		while (first.getGrammarElement() instanceof Action) {
			first = ((ICompositeNode) first).getFirstChild();
		}
		return first;
	}

	private static String assignedFeature(EObject grammarElement) {
		Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
		return assignment == null ? null : assignment.getFeature();
	}
}

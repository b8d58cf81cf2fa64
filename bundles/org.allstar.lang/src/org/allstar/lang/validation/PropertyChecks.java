// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
		if (NodeModelUtils.getNode(object) == null) {
			return;
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!feature.isMany() && !feature.isDerived()) {
				List<INode> written = NodeModelUtils.findNodesForFeature(object, feature);
				if (written.size() > 1) {
					INode second = written.get(1);
					getMessageAcceptor().acceptError("'" + feature.getName() + "' is written " + written.size()
							+ " times; keep one.", object, second.getOffset(), second.getLength(),
							IssueCodes.DUPLICATE_PROPERTY);
				}
			}
		}
	}
}

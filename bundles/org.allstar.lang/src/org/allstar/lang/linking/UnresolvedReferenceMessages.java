// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.linking;

import org.allstar.lang.validation.IssueCodes;
import org.allstar.lang.validation.Words;
import org.allstar.model.AllstarPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unresolved references get the stable code {@value IssueCodes#UNRESOLVED_REFERENCE} and a hint at the fix. */
public class UnresolvedReferenceMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String message = "No " + describe(reference.getEReferenceType()) + " named '" + context.getLinkText()
				+ "' is visible here; " + hint(reference);
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE);
	}

	private static String hint(EReference reference) {
		if (reference.getEReferenceType() == AllstarPackage.Literals.COMPONENT) {
			return "use the name of a component of the application.";
		}
		return "check the spelling, write the qualified name (Provider.node), or import its package (import a.b.*).";
	}

	/** "DataClass" becomes "data class". */
	static String describe(EClass type) {
		if (type == AllstarPackage.Literals.HOST) {
			return "node or provider";
		}
		return Words.of(type.getName());
	}
}

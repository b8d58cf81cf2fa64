// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** Validation assertions for JUnit 5 (Xtext's ValidationTestHelper needs JUnit 4 on the class path). */
public class Issues {

	@Inject
	private IResourceValidator validator;

	public List<Issue> of(EObject model) {
		return validator.validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public void assertNone(EObject model) {
		assertEquals(List.of(), of(model));
	}

	/** Asserts an issue with {@code code} and {@code severity} exactly on [offset, offset + length). */
	public Issue assertAt(EObject model, String code, Severity severity, int offset, int length) {
		List<Issue> issues = of(model);
		return issues.stream()
				.filter(i -> code.equals(org.allstar.lang.validation.IssueCodes.stable(i.getCode())))
				.filter(i -> i.getSeverity() == severity && i.getOffset() == offset && i.getLength() == length)
				.findFirst().orElseGet(() -> fail("no " + severity + " " + code + " at " + offset + "+" + length
						+ " among " + issues));
	}
}

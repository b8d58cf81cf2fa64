// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One result of the verifier: a rule's stable code, how bad it is, a message that names the numbers, where in the
 * model it is (an object and optionally one of its features), and quick-fix data where a fix is known (for example
 * {@code "moveTo" -> "AwsFrankfurt.gpuVm"}).
 */
public record Finding(String code, Severity severity, String message, EObject target, EStructuralFeature feature,
		Map<String, String> fix) {

	/** How bad a finding is. */
	public enum Severity {
		ERROR, WARNING, INFO
	}

	public static Finding error(String code, String message, EObject target, EStructuralFeature feature) {
		return new Finding(code, Severity.ERROR, message, target, feature, Map.of());
	}

	public static Finding warning(String code, String message, EObject target, EStructuralFeature feature) {
		return new Finding(code, Severity.WARNING, message, target, feature, Map.of());
	}

	public Finding withFix(String key, String value) {
		return new Finding(code, severity, message, target, feature, Map.of(key, value));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The checks of ALLSTAR-ML, one class per concern: the structural ones here, the non-functional rules of the
 * verifier (org.allstar.verify) through {@link VerifierChecks}.
 */
@ComposedChecks(validators = { NameChecks.class, QuantityChecks.class, ValueChecks.class, PropertyChecks.class,
		VerifierChecks.class })
public class AllstarMlValidator extends AbstractAllstarMlValidator {
}

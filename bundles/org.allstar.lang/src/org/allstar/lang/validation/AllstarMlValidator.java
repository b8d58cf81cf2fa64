// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The structural checks of ALLSTAR-ML, one class per concern. Non-functional rules (capacity, latency, residency,
 * ...) belong to the verifier, which plugs in beside these.
 */
@ComposedChecks(validators = { NameChecks.class, QuantityChecks.class, ValueChecks.class, PropertyChecks.class })
public class AllstarMlValidator extends AbstractAllstarMlValidator {
}

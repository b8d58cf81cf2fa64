// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import static org.allstar.model.AllstarPackage.Literals.*;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.allstar.model.Quantity;
import org.allstar.model.quantity.Dimension;
import org.allstar.model.quantity.QuantityFeatures;
import org.allstar.model.quantity.Unit;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Units are known and of the right dimension; amounts are not negative; percentages stay within 100 %. */
public class QuantityChecks extends AbstractDeclarativeValidator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AllstarMlValidator
	}

	@Check
	public void unitKnownAndOfRightDimension(Quantity quantity) {
		Set<Dimension> expected = QuantityFeatures.expectedDimensions(quantity);
		Optional<Unit> unit = Unit.bySymbol(quantity.getUnit());
		if (unit.isEmpty()) {
			error("Unknown unit '" + quantity.getUnit() + "'" + suggestion(expected), quantity, QUANTITY__UNIT,
					IssueCodes.UNKNOWN_UNIT);
		} else if (!expected.isEmpty() && !expected.contains(unit.get().dimension())) {
			error("'" + quantity.getUnit() + "' is " + unit.get().dimension().description() + " but "
					+ placeName(quantity) + " needs " + describe(expected) + suggestion(expected), quantity,
					QUANTITY__UNIT, IssueCodes.WRONG_DIMENSION);
		}
	}

	@Check
	public void notNegative(Quantity quantity) {
		if (quantity.getValue() != null && quantity.getValue().signum() < 0) {
			error(capitalised(placeName(quantity)) + " cannot be negative (" + quantity.getValue().toPlainString() + " "
					+ quantity.getUnit() + ").", quantity, QUANTITY__VALUE, IssueCodes.NEGATIVE_VALUE);
		}
	}

	@Check
	public void percentageAtMostHundred(Quantity quantity) {
		if (Unit.bySymbol(quantity.getUnit()).orElse(null) == Unit.PERCENT && quantity.getValue() != null
				&& quantity.getValue().compareTo(HUNDRED) > 0) {
			error(capitalised(placeName(quantity)) + " of " + quantity.getValue().toPlainString()
					+ " % is over 100 %.", quantity, QUANTITY__VALUE, IssueCodes.PERCENT_OUT_OF_RANGE);
		}
	}

	/** "memory", "the SLA's price period": the feature that holds the quantity, in words. */
	private static String placeName(Quantity quantity) {
		if (quantity.eContainingFeature() == null) {
			return "the value";
		}
		String feature = Words.of(quantity.eContainingFeature().getName());
		return switch (feature) {
		case "threshold" -> "this threshold";
		case "cpu" -> "CPU";
		default -> feature;
		};
	}

	private static String describe(Set<Dimension> dimensions) {
		return dimensions.stream().map(Dimension::description).sorted().collect(Collectors.joining(" or "));
	}

	private static String suggestion(Set<Dimension> expected) {
		if (expected.isEmpty()) {
			return "; see docs/LANGUAGE.md for the units.";
		}
		String units = expected.stream().flatMap(dimension -> Unit.symbolsOf(dimension).stream())
				.collect(Collectors.joining(", "));
		return "; use one of: " + units + ".";
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}

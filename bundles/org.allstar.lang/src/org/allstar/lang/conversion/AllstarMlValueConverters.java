// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

/** Value conversion for the data type rules of ALLSTAR-ML. */
public class AllstarMlValueConverters extends DefaultTerminalConverters {

	@Inject
	private ValidIdConverter validIdConverter;

	@Inject
	private QualifiedNameConverter qualifiedNameConverter;

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return validIdConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedNameConverter;
	}

	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> QualifiedNameWithWildcard() {
		return qualifiedNameConverter;
	}

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> Number() {
		return new DecimalConverter();
	}

	@ValueConverter(rule = "Integer")
	public IValueConverter<Integer> Integer() {
		return new IntegerConverter();
	}

	@ValueConverter(rule = "Percentile")
	public IValueConverter<Integer> Percentile() {
		return new PercentileConverter();
	}

	@ValueConverter(rule = "Address")
	public IValueConverter<String> Address() {
		return new AddressConverter();
	}

	@ValueConverter(rule = "UnitSymbol")
	public IValueConverter<String> UnitSymbol() {
		return new UnitSymbolConverter();
	}
}

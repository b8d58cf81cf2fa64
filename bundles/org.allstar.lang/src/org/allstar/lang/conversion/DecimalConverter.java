// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Decimal numbers kept exact as written (1.21 stays 1.21, never 1.2099999). */
public class DecimalConverter implements IValueConverter<BigDecimal> {

	@Override
	public BigDecimal toValue(String string, INode node) {
		String digits = Whitespace.strip(string);
		if (digits.isEmpty()) {
			throw new ValueConverterException("a number is missing here", node, null);
		}
		try {
			return new BigDecimal(digits);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + digits + "' is not a number", node, e);
		}
	}

	@Override
	public String toString(BigDecimal value) {
		if (value == null) {
			throw new ValueConverterException("a number is missing", null, null);
		}
		return value.toPlainString();
	}
}

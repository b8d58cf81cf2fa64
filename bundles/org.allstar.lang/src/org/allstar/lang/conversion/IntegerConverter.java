// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Whole numbers (counts, replicas, ports), possibly negative so the validator can explain why that is wrong. */
public class IntegerConverter implements IValueConverter<Integer> {

	@Override
	public Integer toValue(String string, INode node) {
		String digits = Whitespace.strip(string);
		try {
			return Integer.valueOf(digits);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + digits + "' is not a whole number between "
					+ Integer.MIN_VALUE + " and " + Integer.MAX_VALUE, node, e);
		}
	}

	@Override
	public String toString(Integer value) {
		if (value == null) {
			throw new ValueConverterException("a whole number is missing", null, null);
		}
		return value.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Unit symbols as written ("EUR / h" is read as EUR/h); whether a unit is known is the validator's concern. */
public class UnitSymbolConverter implements IValueConverter<String> {

	@Override
	public String toValue(String string, INode node) {
		return Whitespace.strip(string);
	}

	@Override
	public String toString(String value) {
		if (value == null || value.isBlank()) {
			throw new ValueConverterException("a unit is missing", null, null);
		}
		return value;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/** Wallet addresses, written bare (0x5B38...) or quoted; stored without quotes. */
public class AddressConverter implements IValueConverter<String> {

	private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

	@Override
	public String toValue(String string, INode node) {
		String text = string == null ? "" : string.strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			return Strings.convertFromJavaString(text.substring(1, text.length() - 1), true);
		}
		return text;
	}

	@Override
	public String toString(String value) {
		if (value == null) {
			throw new ValueConverterException("an address is missing", null, null);
		}
		return HEX.matcher(value).matches() ? value : '"' + Strings.convertToJavaString(value, false) + '"';
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Percentiles written p50, p95, p99 (the range is checked by the validator). */
public class PercentileConverter implements IValueConverter<Integer> {

	private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,3})");

	@Override
	public Integer toValue(String string, INode node) {
		var matcher = PERCENTILE.matcher(Whitespace.strip(string));
		if (!matcher.matches()) {
			throw new ValueConverterException(
					"'" + string + "' is not a percentile; write p followed by a number, for example p95", node, null);
		}
		return Integer.valueOf(matcher.group(1));
	}

	@Override
	public String toString(Integer value) {
		if (value == null) {
			throw new ValueConverterException("a percentile is missing", null, null);
		}
		return "p" + value;
	}
}

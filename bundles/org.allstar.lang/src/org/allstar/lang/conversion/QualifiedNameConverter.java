// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Dotted names (mog.providers.AwsFrankfurt, PortoEdge.stadiumBox, mog.app.*). Unlike Xtext's own converter it keeps
 * segments that are keywords accepted as names (a data class called "personal"), and escapes segments that need it.
 */
public class QualifiedNameConverter implements IValueConverter<String> {

	private static final String WILDCARD = ".*";

	private final ValidIdConverter segments;

	@Inject
	public QualifiedNameConverter(ValidIdConverter segments) {
		this.segments = segments;
	}

	@Override
	public String toValue(String string, INode node) {
		return Whitespace.strip(string).replace("^", "");
	}

	@Override
	public String toString(String value) {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("a name is missing", null, null);
		}
		boolean wildcard = value.endsWith(WILDCARD);
		String name = wildcard ? value.substring(0, value.length() - WILDCARD.length()) : value;
		StringBuilder text = new StringBuilder();
		for (String segment : name.split("\\.", -1)) {
			if (!text.isEmpty()) {
				text.append('.');
			}
			text.append(segments.toString(segment));
		}
		return wildcard ? text.append(WILDCARD).toString() : text.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.conversion;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Names. The keywords that the ValidID rule accepts as names (personal, edge, gpu, ...) are written bare; any other
 * keyword used as a name is escaped with Xtext's ^.
 */
public class ValidIdConverter implements IValueConverter<String> {

	private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

	private final Set<String> reserved;

	@Inject
	public ValidIdConverter(IGrammarAccess grammarAccess) {
		reserved = new HashSet<>(GrammarUtil.getAllKeywords(grammarAccess.getGrammar()));
		var validId = GrammarUtil.findRuleForName(grammarAccess.getGrammar(), "ValidID");
		GrammarUtil.containedKeywords(validId).forEach(keyword -> reserved.remove(keyword.getValue()));
	}

	@Override
	public String toValue(String string, INode node) {
		String name = Whitespace.strip(string);
		return name.startsWith("^") ? name.substring(1) : name;
	}

	@Override
	public String toString(String value) {
		if (value == null || !ID.matcher(value).matches()) {
			throw new ValueConverterException("'" + value + "' is not a name: use letters, digits and _ and start "
					+ "with a letter", null, null);
		}
		return reserved.contains(value) ? "^" + value : value;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.quickfix;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;

/** The fix data of an issue: the checks write it as {@code key=value} strings (see VerifierChecks). */
final class FixData {

	private FixData() {
	}

	static Map<String, String> of(Issue issue) {
		Map<String, String> fix = new LinkedHashMap<>();
		if (issue.getData() != null) {
			for (String entry : issue.getData()) {
				int at = entry.indexOf('=');
				if (at > 0) {
					fix.put(entry.substring(0, at), entry.substring(at + 1));
				}
			}
		}
		return fix;
	}
}

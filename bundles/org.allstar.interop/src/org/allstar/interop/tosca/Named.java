// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named entries written either as a map or as a list of one-entry maps (policies, groups, workflows). */
final class Named {

	private Named() {
	}

	static Map<String, Map<String, Object>> of(Object section) {
		Map<String, Map<String, Object>> named = new LinkedHashMap<>();
		if (section instanceof Map<?, ?> map) {
			map.forEach((name, body) -> named.put(String.valueOf(name), Values.map(body)));
		} else {
			for (Object item : Values.list(section)) {
				Values.map(item).forEach((name, body) -> named.put(name, Values.map(body)));
			}
		}
		return named;
	}
}

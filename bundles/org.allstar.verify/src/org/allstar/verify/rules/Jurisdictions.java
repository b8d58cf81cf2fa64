// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.rules;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a provider's region lies in a residency area. A region's first segment names its country or area
 * ("pt-norte" is Portugal, "eu-central-1" is the EU); "EU" and "EEA" cover their member countries; any other
 * residency entry matches a region equal to it or starting with it followed by '-'.
 */
public final class Jurisdictions {

	private static final Set<String> EU = Set.of("eu", "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de",
			"gr", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se");
	private static final Set<String> EEA_ONLY = Set.of("is", "li", "no");

	private Jurisdictions() {
	}

	public static boolean allows(String residency, String region) {
		if (region == null || residency == null) {
			return false;
		}
		String area = residency.toLowerCase(Locale.ROOT);
		String place = region.toLowerCase(Locale.ROOT);
		String country = place.contains("-") ? place.substring(0, place.indexOf('-')) : place;
		return switch (area) {
		case "eu" -> EU.contains(country);
		case "eea" -> EU.contains(country) || EEA_ONLY.contains(country);
		default -> place.equals(area) || place.startsWith(area + "-");
		};
	}
}

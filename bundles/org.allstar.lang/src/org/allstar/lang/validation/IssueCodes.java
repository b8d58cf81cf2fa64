// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * The stable codes of ALLSTAR-ML's structural diagnostics. Tools (the CLI's JSON output, quick fixes, CI scripts)
 * key on these strings, so they never change meaning; docs/LANGUAGE.md lists them.
 */
public final class IssueCodes {

	/** The text does not follow the grammar (Xtext's syntax and value conversion errors). */
	public static final String SYNTAX = "syntax";
	/** A file that cannot be read at all. */
	public static final String IO = "io";
	/** A name that refers to nothing visible. */
	public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
	/** Two elements with the same qualified name. */
	public static final String DUPLICATE_NAME = "duplicate-name";
	/** A property written twice in one element (the second would silently win). */
	public static final String DUPLICATE_PROPERTY = "duplicate-property";
	/** A unit symbol ALLSTAR-ML does not know. */
	public static final String UNKNOWN_UNIT = "unknown-unit";
	/** A unit of the wrong dimension for its place (ms where a data size belongs). */
	public static final String WRONG_DIMENSION = "wrong-dimension";
	/** A quantity that cannot be negative is. */
	public static final String NEGATIVE_VALUE = "negative-value";
	/** A percentage over 100 %. */
	public static final String PERCENT_OUT_OF_RANGE = "percent-out-of-range";
	/** A count (replicas, accelerators, witnesses, quorum) below one. */
	public static final String INVALID_COUNT = "invalid-count";
	/** A quorum larger than the witness committee. */
	public static final String QUORUM_EXCEEDS_COMMITTEE = "quorum-exceeds-committee";
	/** A percentile outside 1..100. */
	public static final String INVALID_PERCENTILE = "invalid-percentile";
	/** A latitude outside -90..90 or a longitude outside -180..180. */
	public static final String INVALID_LOCATION = "invalid-location";
	/** A reputation outside 0..1. */
	public static final String INVALID_REPUTATION = "invalid-reputation";
	/** A port outside 1..65535. */
	public static final String INVALID_PORT = "invalid-port";
	public static final String INVALID_PROBE = "invalid-probe";
	/** A wallet address that is not 0x followed by 40 hexadecimal digits. */
	public static final String INVALID_ADDRESS = "invalid-address";
	/** A flow from a component to itself. */
	public static final String SELF_FLOW = "self-flow";
	/** A component placed twice in one deployment. */
	public static final String DUPLICATE_PLACEMENT = "duplicate-placement";
	/** A node without memory whose accelerator has memory: the node's memory was probably written after it. */
	public static final String AMBIGUOUS_MEMORY = "ambiguous-memory";
	/** A link from a host to itself. */
	public static final String SELF_LINK = "self-link";

	private IssueCodes() {
	}

	/** The stable code of any diagnostic, mapping Xtext's own codes (syntax, linking) onto ours. */
	public static String stable(String code) {
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)
				|| Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
			return SYNTAX;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return UNRESOLVED_REFERENCE;
		}
		return code;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

/** The stable codes of the verifier's rules (DESIGN §4); tools key on them, so they never change meaning. */
public final class VerifyCodes {

	public static final String CAPACITY = "capacity";
	public static final String ACCELERATOR = "accelerator";
	public static final String ARCHITECTURE = "architecture";
	public static final String LATENCY = "latency";
	public static final String STATE = "state";
	public static final String RESIDENCY = "residency";
	public static final String ISOLATION = "isolation";
	public static final String COST = "cost";
	public static final String ENERGY = "energy";
	public static final String BANDWIDTH = "bandwidth";
	public static final String AVAILABILITY = "availability";
	public static final String SLA = "sla";

	private VerifyCodes() {
	}
}

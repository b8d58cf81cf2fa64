// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where one check's time went (wall-clock nanoseconds per phase, and the CPU time of the checking thread), so the
 * editor's benchmark can say which share to cut and tell CPU from waiting on a loaded machine.
 */
public record CheckTimes(long parseNanos, long validateNanos, long coloursNanos, long outlineNanos, long cpuNanos) {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** The CPU time of the calling thread so far (0 where the JVM cannot measure it). */
	static long threadCpuNanos() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
	}
}

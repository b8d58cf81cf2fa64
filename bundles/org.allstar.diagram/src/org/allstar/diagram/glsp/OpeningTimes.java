// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each step of opening one diagram editor happened, in {@link System#nanoTime()}: the editor's own steps, the
 * GLSP actions as the server received and sent them, and the page's steps as they reached the editor. Only the first
 * time of each step counts (later redraws are not the opening). It costs a map entry per step, so every editor keeps
 * one; the open benchmark (DiagramOpenBenchUiTest in org.allstar.ui.tests) reads it.
 */
public final class OpeningTimes {

	private final Map<String, Long> steps = new LinkedHashMap<>();

	/** Records {@code step} now unless it happened before. Any thread. */
	public void mark(String step) {
		mark(step, System.nanoTime());
	}

	/** Records {@code step} at {@code nanoTime} (a {@link System#nanoTime()}) unless it happened before. */
	public synchronized void mark(String step, long nanoTime) {
		steps.putIfAbsent(step, nanoTime);
	}

	/** The steps so far in the order they first happened, each with its {@link System#nanoTime()}. */
	public synchronized Map<String, Long> steps() {
		return new LinkedHashMap<>(steps);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.inject.Singleton;

/**
 * The sources of the open diagrams, by the {@code sourceUri} the client sends when it requests its model. One
 * instance per server, shared by all sessions: GLSP runs each session on its own thread, hence the concurrent map.
 */
@Singleton
public final class DiagramSources {

	/** The client option naming the source (GLSP's standard option of the model request). */
	public static final String SOURCE_URI = "sourceUri";

	private final Map<String, DiagramSource> sources = new ConcurrentHashMap<>();

	public void register(String sourceUri, DiagramSource source) {
		sources.put(sourceUri, source);
	}

	public void unregister(String sourceUri) {
		sources.remove(sourceUri);
	}

	public Optional<DiagramSource> find(String sourceUri) {
		return sourceUri == null ? Optional.empty() : Optional.ofNullable(sources.get(sourceUri));
	}
}

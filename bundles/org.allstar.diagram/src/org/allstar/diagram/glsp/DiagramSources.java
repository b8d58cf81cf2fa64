// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.model.Model;
import org.eclipse.glsp.graph.GGraph;

import com.google.inject.Singleton;

/**
 * The sources of the open diagrams, by the {@code sourceUri} the client sends when it requests its model, and the
 * diagrams made of them ahead of that request. One instance per server, shared by all sessions: GLSP runs each
 * session on its own thread, hence the concurrent maps.
 */
@Singleton
public final class DiagramSources {

	/** The client option naming the source (GLSP's standard option of the model request). */
	public static final String SOURCE_URI = "sourceUri";

	/**
	 * The model factory of each diagram type, as its module binds it; a factory's {@code arrange} uses nothing that
	 * Guice injects, so one made here makes the same diagram.
	 */
	private static final Map<String, Supplier<HostedGModelFactory>> MODEL_FACTORIES = Map.of(
			DiagramTypes.APPLICATION, ApplicationGModelFactory::new,
			DiagramTypes.INFRASTRUCTURE, InfrastructureGModelFactory::new);

	private final Map<String, DiagramSource> sources = new ConcurrentHashMap<>();
	private final Map<DiagramSource, Ahead> ahead = new ConcurrentHashMap<>();

	/**
	 * A diagram made ahead, with the models and positions it was made from (both are replaced, never changed, when
	 * the text is parsed again or an element moves). Its monitor is held while it is made, so that the model request
	 * waits for it instead of making the same diagram again.
	 */
	private static final class Ahead {
		private GGraph graph;
		private List<Model> models;
		private DiagramLayout layout;
	}

	public void register(String sourceUri, DiagramSource source) {
		sources.put(sourceUri, source);
	}

	public void unregister(String sourceUri) {
		DiagramSource source = sources.remove(sourceUri);
		if (source != null) {
			ahead.remove(source);
		}
	}

	public Optional<DiagramSource> find(String sourceUri) {
		return sourceUri == null ? Optional.empty() : Optional.ofNullable(sources.get(sourceUri));
	}

	/**
	 * Makes the diagram of type {@code diagramType} of the registered source on the caller's thread (parse, graph,
	 * layout), for the model request to come: an editor calls it while its page starts, so that the request finds the
	 * diagram made. Returns that diagram, or null when no source is registered under {@code sourceUri} or the type is
	 * not one of ALLSTAR's two.
	 */
	public GGraph arrangeAhead(String sourceUri, String diagramType) {
		DiagramSource source = sources.get(sourceUri);
		Supplier<HostedGModelFactory> factories = MODEL_FACTORIES.get(diagramType);
		if (source == null || factories == null) {
			return null;
		}
		HostedGModelFactory factory = factories.get();
		Ahead made = ahead.computeIfAbsent(source, s -> new Ahead());
		synchronized (made) {
			made.models = source.models();
			made.graph = factory.arrange(source);
			made.layout = source.layout();
			return made.graph;
		}
	}

	/**
	 * The diagram of the source's current models and positions: the one made ahead for exactly these (handed out
	 * once), else the one {@code arrange} makes now.
	 */
	GGraph arranged(DiagramSource source, Function<DiagramSource, GGraph> arrange) {
		Ahead made = ahead.remove(source);
		if (made != null) {
			synchronized (made) {
				if (made.graph != null && made.models == source.models() && made.layout == source.layout()) {
					return made.graph;
				}
			}
		}
		return arrange.apply(source);
	}
}

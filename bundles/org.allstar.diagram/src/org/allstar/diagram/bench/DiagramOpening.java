// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.allstar.diagram.glsp.ApplicationDiagramModule;
import org.allstar.diagram.glsp.DiagramSources;
import org.allstar.diagram.glsp.InfrastructureDiagramModule;
import org.allstar.diagram.glsp.ReadOnlySource;
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.diagram.layout.AutoLayout;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.lang.ide.AllstarMlIdeSetup;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Application;
import org.allstar.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestBoundsAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Opens a diagram of a file the way the editor does, without a browser: the file is parsed as the diagram editor
 * parses its document (references linked on use, no checks), a GLSP session of the diagram type is created in a real server and asked for the model (the
 * {@link org.allstar.diagram.glsp.HostedGModelFactory}: graph, ELK layout, positions applied), and what the server
 * sends to the client is written as JSON (the transport's part). Used by {@code allstar bench --diagram}.
 */
public final class DiagramOpening {

	/**
	 * The times of one opening, in nanoseconds: wall-clock time of the parse and of the diagram's model request, and
	 * the CPU time the threads doing them spent (the caller's and GLSP's dispatcher; not the JVM's JIT and GC), which
	 * on a machine shared with other work says what the opening costs where it has a core to itself.
	 */
	public record Opened(long parseNanos, long modelNanos, long cpuNanos, long jsonBytes, DiagramLayout layout,
			int elements) {

		public long totalNanos() {
			return parseNanos + modelNanos;
		}
	}

	private final ModelLoader loader;
	private final Set<Path> checked = new HashSet<>();
	private final Injector language;
	private final DiagramSources sources = new DiagramSources();
	private final Injector server;
	private final Gson json;
	private final AtomicLong jsonBytes = new AtomicLong();
	private final AtomicInteger sessions = new AtomicInteger();

	public DiagramOpening(ModelLoader loader) {
		this.loader = loader;
		// no EMF registrations: the caller's language setup made them (as the editor's did in the IDE)
		language = new AllstarMlIdeSetup().createInjector();
		server = Guice.createInjector(new ServerModule().configureDiagramModule(new ApplicationDiagramModule())
				.configureDiagramModule(new InfrastructureDiagramModule()),
				binder -> binder.bind(DiagramSources.class).toInstance(sources));
		json = server.getInstance(ServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder()).create();
		// the absent browser: every message is serialized as the in-process transport does, then dropped
		server.getInstance(GLSPServer.class).connect(message -> jsonBytes.addAndGet(json.toJson(message).length()));
	}

	/**
	 * Parses {@code file} and opens its {@code diagramType} diagram with {@code stored} positions (empty: a first
	 * opening, all laid out by ELK). The session is closed again.
	 */
	public Opened open(Path file, String diagramType, DiagramLayout stored) throws Exception {
		if (checked.add(file)) {
			LoadedModels loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
			if (loaded.hasErrors()) {
				throw new IllegalStateException(file + " has errors: " + loaded.diagnostics().get(0).toCompilerFormat());
			}
		}
		Map<Long, Long> cpuStart = threadsCpuNanos();
		long start = System.nanoTime();
		List<Model> models = parse(file);
		long parsed = System.nanoTime();
		ReadOnlySource source = new ReadOnlySource(models, stored);
		String uri = file.toUri() + "#" + sessions.incrementAndGet();
		sources.register(uri, source);
		String clientId = "bench-" + uri;
		ClientSessionManager manager = server.getInstance(ClientSessionManager.class);
		try {
			jsonBytes.set(0);
			long requested = System.nanoTime();
			ClientSession session = manager.getOrCreateClientSession(new InitializeClientSessionParameters(clientId,
					diagramType, List.of(RequestBoundsAction.KIND, SetModelAction.KIND, SetDirtyStateAction.KIND)));
			session.getActionDispatcher().dispatch(new RequestModelAction(Map.of(DiagramSources.SOURCE_URI, uri)))
					.get(10, TimeUnit.MINUTES);
			long modelled = System.nanoTime();
			long cpu = cpuSince(cpuStart);
			GModelRoot root = session.getInjector().getInstance(GModelState.class).getRoot();
			return new Opened(parsed - start, modelled - requested, cpu, jsonBytes.get(), source.layout(),
					root.getChildren().size());
		} finally {
			manager.disposeClientSession(clientId);
			sources.unregister(uri);
		}
	}

	/**
	 * What the diagram editor does with the text before the diagram is built: parse it as its file; references are
	 * linked when the graph reads them. The text editor's checks run in their own job and are not part of opening
	 * the diagram.
	 */
	private List<Model> parse(Path file) {
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return resource.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast).toList();
	}

	/** The CPU time of each live thread: the caller's (the parse) and the session's dispatcher (the diagram). */
	private static Map<Long, Long> threadsCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<Long, Long> cpu = new HashMap<>();
		for (long id : threads.getAllThreadIds()) {
			cpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
		}
		return cpu;
	}

	/** The CPU time the threads alive now spent since {@code before} (threads started since count from zero). */
	private static long cpuSince(Map<Long, Long> before) {
		long sum = 0;
		for (Map.Entry<Long, Long> now : threadsCpuNanos().entrySet()) {
			sum += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
		}
		return sum;
	}

	/** The wall-clock and CPU time of one graph + layout, in nanoseconds (all on the caller's thread). */
	public record Arranged(long wallNanos, long cpuNanos) {
	}

	/**
	 * The time to build the graph of {@code file} (parsed first, not timed) and lay it all out in {@code style}, with
	 * ELK treating containers as {@code hierarchy} says: the benchmark's same-run comparisons, without a session.
	 * The CPU time says what it costs on a machine shared with other work, where the wall-clock time of one run
	 * varies several times over.
	 */
	public Arranged arrange(Path file, AutoLayout.Style style, AutoLayout.Hierarchy hierarchy) {
		List<Model> models = loader.load(List.of(file), CancelIndicator.NullImpl).models();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		GGraph graph = style == AutoLayout.Style.APPLICATION
				? ApplicationGraph.of((Application) models.get(0).getElements().get(0))
				: InfrastructureGraph.of(models, Optional.empty());
		AutoLayout.arrange(graph, DiagramLayout.EMPTY, style, hierarchy);
		return new Arranged(System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpu);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.glsp.ApplicationDiagramModule;
import org.allstar.diagram.glsp.DiagramSources;
import org.allstar.diagram.glsp.InfrastructureDiagramModule;
import org.allstar.diagram.glsp.ReadOnlySource;
import org.allstar.diagram.layout.DiagramLayout;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.RequestBoundsAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The two diagram modules inside a real GLSP server, as the editor will run them (no client connected). */
class GlspSessionTest {

	private final DiagramSources sources = new DiagramSources();
	private final Injector server = Guice.createInjector(new ServerModule()
			.configureDiagramModule(new ApplicationDiagramModule())
			.configureDiagramModule(new InfrastructureDiagramModule()),
			binder -> binder.bind(DiagramSources.class).toInstance(sources));
	/** What the server sent to the (absent) browser: the kinds of the actions, in order. */
	private final List<String> sentToClient = new CopyOnWriteArrayList<>();

	{
		server.getInstance(GLSPServer.class).connect(message -> sentToClient.add(message.getAction().getKind()));
	}

	private GModelRoot load(String diagramType, String sourceUri) throws Exception {
		ClientSession session = server.getInstance(ClientSessionManager.class).getOrCreateClientSession(
				new InitializeClientSessionParameters("test-" + diagramType, diagramType,
						List.of(RequestBoundsAction.KIND, SetModelAction.KIND, SetDirtyStateAction.KIND)));
		session.getActionDispatcher()
				.dispatch(new RequestModelAction(Map.of(DiagramSources.SOURCE_URI, sourceUri)))
				.get(30, TimeUnit.SECONDS);
		return session.getInjector().getInstance(GModelState.class).getRoot();
	}

	@Test
	void anApplicationSessionShowsTheEditedFilesApplicationAndReportsItsLayout() throws Exception {
		ReadOnlySource source = new ReadOnlySource(Examples.load("hello-edge", "hello.allstar").models(),
				DiagramLayout.EMPTY);
		sources.register("file:/hello.allstar", source);
		GModelRoot root = load(DiagramTypes.APPLICATION, "file:/hello.allstar");
		assertEquals("Greeter", root.getId());
		assertEquals(List.of("web"), GraphAssertions.nodeIds(root, DiagramTypes.COMPONENT));
		assertEquals(List.of("web"), List.copyOf(source.layout().positions().keySet()));
		// client layout on: the browser is asked to measure the labels before the model is set
		assertTrue(sentToClient.contains(RequestBoundsAction.KIND), sentToClient.toString());
	}

	@Test
	void anInfrastructureSessionShowsProvidersAndTheDeploymentOverlay() throws Exception {
		ReadOnlySource source = new ReadOnlySource(Examples.load("mog-live", "deployment.allstar").models(),
				DiagramLayout.EMPTY);
		sources.register("file:/deployment.allstar", source);
		GModelRoot root = load(DiagramTypes.INFRASTRUCTURE, "file:/deployment.allstar");
		assertEquals(List.of("AwsFrankfurt", "PortoEdge", "FanPhones"),
				GraphAssertions.nodeIds(root, DiagramTypes.PROVIDER));
		assertEquals(List.of("\u25b6 transcoder", "\u25b6 storyNlp"),
				GraphAssertions.labels(GraphAssertions.find(root, "AwsFrankfurt.gpuVm"), DiagramTypes.PLACEMENT));
		assertEquals(11, source.layout().positions().size());
	}

	@Test
	void aSourceThatIsNotOpenIsRefusedWithAMessageThatSaysWhatToDo() {
		ExecutionException failed = assertThrows(ExecutionException.class,
				() -> load(DiagramTypes.APPLICATION, "file:/not-open.allstar"));
		assertTrue(String.valueOf(failed.getCause().getMessage()).contains("open the .allstar file in the editor"),
				String.valueOf(failed.getCause()));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.glsp.ApplicationDiagramModule;
import org.allstar.diagram.edit.TextReplacement;
import org.allstar.diagram.glsp.ClientLayout;
import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.glsp.DiagramSources;
import org.allstar.diagram.glsp.InfrastructureDiagramModule;
import org.allstar.diagram.glsp.ReadOnlySource;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.model.Model;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
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
	/** What the server sent to the (absent) browser, in order. */
	private final List<Action> sentToClient = new CopyOnWriteArrayList<>();

	{
		server.getInstance(GLSPServer.class).connect(message -> sentToClient.add(message.getAction()));
	}

	private List<String> sentKinds() {
		return sentToClient.stream().map(Action::getKind).toList();
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
		// client layout off: the model is set at once, the browser measures nothing
		assertTrue(sentKinds().contains(SetModelAction.KIND), sentKinds().toString());
		assertFalse(sentKinds().contains(RequestBoundsAction.KIND), sentKinds().toString());
	}

	/**
	 * The model the client gets is ready to draw: with GLSP's client layout off, nothing measures the labels in the
	 * page, so the server must have sized every node and every label (edge labels are placed by their size) and
	 * aligned every label's text.
	 */
	@Test
	void theModelIsSentOnceWithASizeForEveryNodeAndLabel() throws Exception {
		sources.register("file:/livestory.allstar", new ReadOnlySource(
				Examples.load("mog-live", "livestory.allstar").models(), DiagramLayout.EMPTY));
		sources.register("file:/deployment.allstar", new ReadOnlySource(
				Examples.load("mog-live", "deployment.allstar").models(), DiagramLayout.EMPTY));
		load(DiagramTypes.APPLICATION, "file:/livestory.allstar");
		load(DiagramTypes.INFRASTRUCTURE, "file:/deployment.allstar");

		List<SetModelAction> models = sentToClient.stream().filter(SetModelAction.class::isInstance)
				.map(SetModelAction.class::cast).toList();
		assertEquals(2, models.size(), sentKinds().toString());
		assertFalse(sentKinds().contains(RequestBoundsAction.KIND), sentKinds().toString());
		for (SetModelAction model : models) {
			List<GModelElement> elements = GraphAssertions.all(model.getNewRoot()).toList();
			List<GLabel> labels = elements.stream().filter(GLabel.class::isInstance).map(GLabel.class::cast).toList();
			assertTrue(labels.stream().anyMatch(label -> label.getEdgePlacement() != null), "edge labels are checked");
			for (GModelElement element : elements) {
				if (element instanceof GNode || element instanceof GLabel) {
					GDimension size = ((GBoundsAware) element).getSize();
					assertTrue(size != null && size.getWidth() > 0 && size.getHeight() > 0,
							element.getId() + " has a size: " + size);
				}
			}
			for (GLabel label : labels) {
				assertTrue(label.getAlignment() != null && label.getAlignment().getY() > 0,
						label.getId() + " has its text's baseline below its top");
				// the page's labels measure about 6 px a character; the text starts at the box's left (views.ts)
				assertTrue(label.getSize().getWidth() >= label.getText().length() * 6, label.getId() + " fits its text");
				assertEquals(0, label.getAlignment().getX(), label.getId());
			}
		}
	}

	/** An editor makes its diagram while its page starts: the model request then sends that very diagram. */
	@Test
	void theModelRequestSendsTheDiagramMadeAheadForTheSameModels() throws Exception {
		sources.register("file:/livestory.allstar", new ReadOnlySource(
				Examples.load("mog-live", "livestory.allstar").models(), DiagramLayout.EMPTY));
		GGraph ahead = sources.arrangeAhead("file:/livestory.allstar", DiagramTypes.APPLICATION);
		assertEquals(List.of("capture", "precheck", "transcoder", "storyNlp"),
				GraphAssertions.nodeIds(ahead, DiagramTypes.COMPONENT));
		assertSame(ahead, load(DiagramTypes.APPLICATION, "file:/livestory.allstar"));
		assertNull(sources.arrangeAhead("file:/not-open.allstar", DiagramTypes.APPLICATION), "no source, no diagram");
		assertNull(sources.arrangeAhead("file:/livestory.allstar", "no-such-diagram"), "no such type, no diagram");
	}

	/** A diagram made ahead of a text that has changed since (parsed again) is not sent: the model request makes it. */
	@Test
	void aDiagramMadeAheadOfTheTextBeforeAnEditIsNotSent() throws Exception {
		ReparsedSource source = new ReparsedSource(Examples.load("mog-live", "livestory.allstar").models());
		sources.register("file:/livestory.allstar", source);
		GGraph ahead = sources.arrangeAhead("file:/livestory.allstar", DiagramTypes.APPLICATION);
		source.parsed(Examples.load("hello-edge", "hello.allstar").models());
		GModelRoot root = load(DiagramTypes.APPLICATION, "file:/livestory.allstar");
		assertNotSame(ahead, root);
		assertEquals(List.of("web"), GraphAssertions.nodeIds(root, DiagramTypes.COMPONENT));
	}

	/** An editor's source in short: each parse of its text replaces its models (a read-only source of them). */
	private static final class ReparsedSource implements DiagramSource {
		private volatile ReadOnlySource parsed;

		ReparsedSource(List<Model> models) {
			parsed = new ReadOnlySource(models, DiagramLayout.EMPTY);
		}

		void parsed(List<Model> reparsed) {
			parsed = new ReadOnlySource(reparsed, parsed.layout());
		}

		@Override
		public List<Model> models() {
			return parsed.models();
		}

		@Override
		public DiagramLayout layout() {
			return parsed.layout();
		}

		@Override
		public void layoutChanged(DiagramLayout changed) {
			parsed.layoutChanged(changed);
		}

		@Override
		public String text() {
			return parsed.text();
		}

		@Override
		public void applyEdit(String label, TextReplacement edit) {
			parsed.applyEdit(label, edit);
		}
	}

	/** The open benchmark's baseline: GLSP's client layout as before, the labels left for the page to measure. */
	@Test
	void theClientLayoutSwitchAsksThePageToMeasureTheLabelsAsBefore() throws Exception {
		sources.register("file:/hello.allstar", new ReadOnlySource(
				Examples.load("hello-edge", "hello.allstar").models(), DiagramLayout.EMPTY));
		System.setProperty(ClientLayout.PROPERTY, "true");
		try {
			load(DiagramTypes.APPLICATION, "file:/hello.allstar");
		} finally {
			System.clearProperty(ClientLayout.PROPERTY);
		}
		assertEquals(List.of(RequestBoundsAction.KIND), sentKinds().stream()
				.filter(kind -> kind.equals(RequestBoundsAction.KIND) || kind.equals(SetModelAction.KIND)).toList());
		RequestBoundsAction request = (RequestBoundsAction) sentToClient.stream()
				.filter(RequestBoundsAction.class::isInstance).findFirst().orElseThrow();
		List<GLabel> labels = GraphAssertions.all(request.getNewRoot()).filter(GLabel.class::isInstance)
				.map(GLabel.class::cast).toList();
		assertFalse(labels.isEmpty());
		assertTrue(labels.stream().allMatch(label -> label.getSize() == null && label.getAlignment() == null),
				"labels left for the page to measure");
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

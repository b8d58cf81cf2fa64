// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.allstar.diagram.edit.TextReplacement;
import org.allstar.diagram.glsp.ApplicationDiagramModule;
import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.glsp.DiagramSources;
import org.allstar.diagram.glsp.InfrastructureDiagramModule;
import org.allstar.diagram.glsp.RefreshDiagramAction;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Model;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestBoundsAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A diagram of an example copied to a temporary folder, in a real GLSP session, over a host that keeps the edited
 * file's text as a String and behaves as the editor does: an edit replaces part of the text, the files are parsed
 * again and the session is asked to refresh.
 */
final class EditedDiagram implements DiagramSource {

	private final Path folder;
	private final Path edited;
	private final String sourceUri;
	private final List<Action> sentToClient = new CopyOnWriteArrayList<>();
	private final List<TextReplacement> applied = new CopyOnWriteArrayList<>();
	private final ClientSession session;
	private volatile String text;
	private volatile LoadedModels loaded;
	private volatile DiagramLayout layout = DiagramLayout.EMPTY;

	/** The diagram of {@code file} of {@code example}, the files {@code leftOut} not copied. */
	EditedDiagram(String diagramType, String example, String file, Path temp, String... leftOut) throws Exception {
		this(diagramType, List.of(Examples.folder(example)), file, temp, leftOut);
	}

	/** The diagram of {@code file}, loaded with the files of all {@code examples} (copied into one folder). */
	EditedDiagram(String diagramType, List<Path> examples, String file, Path temp, String... leftOut)
			throws Exception {
		for (Path example : examples) {
			copy(example, temp, List.of(leftOut));
		}
		folder = temp;
		edited = folder.resolve(file);
		text = Files.readString(edited);
		sourceUri = edited.toUri().toString();
		reload();
		DiagramSources sources = new DiagramSources();
		sources.register(sourceUri, this);
		Injector server = Guice.createInjector(new ServerModule()
				.configureDiagramModule(new ApplicationDiagramModule())
				.configureDiagramModule(new InfrastructureDiagramModule()),
				binder -> binder.bind(DiagramSources.class).toInstance(sources));
		server.getInstance(GLSPServer.class).connect(message -> sentToClient.add(message.getAction()));
		session = server.getInstance(ClientSessionManager.class).getOrCreateClientSession(
				new InitializeClientSessionParameters("test-" + diagramType, diagramType,
						List.of(RequestBoundsAction.KIND, SetModelAction.KIND, UpdateModelAction.KIND,
								SetDirtyStateAction.KIND, MessageAction.KIND, SetMarkersAction.KIND)));
		dispatch(new RequestModelAction(Map.of(DiagramSources.SOURCE_URI, sourceUri)));
	}

	private static void copy(Path example, Path temp, List<String> leftOut) throws IOException {
		try (Stream<Path> files = Files.list(example)) {
			for (Path file : files.filter(f -> !leftOut.contains(f.getFileName().toString())).toList()) {
				Files.copy(file, temp.resolve(file.getFileName()));
			}
		}
	}

	/** Runs {@code action} in the session and waits until it, and everything it queued, is done. */
	void dispatch(Action action) throws Exception {
		ActionDispatcher dispatcher = session.getActionDispatcher();
		dispatcher.dispatch(action).get(30, TimeUnit.SECONDS);
		// a host's refresh queued while the action ran comes after it: wait for an empty round trip
		dispatcher.dispatch(new RefreshDiagramAction()).get(30, TimeUnit.SECONDS);
	}

	GModelRoot root() {
		return session.getInjector().getInstance(GModelState.class).getRoot();
	}

	/** The text changed in the editor (typing): the host re-parses and asks for a refresh. */
	void typed(String newText) throws Exception {
		text = newText;
		reload();
		dispatch(new RefreshDiagramAction());
	}

	List<TextReplacement> applied() {
		return applied;
	}

	List<Action> sentToClient() {
		return sentToClient;
	}

	List<String> messages() {
		return sentToClient.stream().filter(MessageAction.class::isInstance).map(MessageAction.class::cast)
				.map(MessageAction::getMessage).filter(m -> !m.isEmpty()).toList();
	}

	/** Syntax and linking errors of all the files as last parsed. */
	List<String> loadErrors() {
		return loaded.loadErrors().stream().map(Object::toString).toList();
	}

	@Override
	public String text() {
		return text;
	}

	@Override
	public void applyEdit(String label, TextReplacement edit) {
		applied.add(edit);
		text = edit.applyTo(text);
		reload();
		session.getActionDispatcher().dispatch(new RefreshDiagramAction());
	}

	@Override
	public List<Model> models() {
		return loaded.models();
	}

	@Override
	public DiagramLayout layout() {
		return layout;
	}

	@Override
	public void layoutChanged(DiagramLayout changed) {
		layout = changed;
	}

	/** Parses the files again, the edited one from the text, the edited one first. */
	private void reload() {
		try {
			Files.writeString(edited, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Path> files = new ArrayList<>(ModelFiles.collect(List.of(folder)));
		files.remove(edited);
		files.add(0, edited);
		loaded = Examples.INJECTOR.getInstance(ModelLoader.class).load(files, CancelIndicator.NullImpl);
	}

	/**
	 * The one edit made since the diagram opened on {@code original} turned the text into {@code expected}, which
	 * parses; then types the inverse replacement, so the caller can check the diagram is as it was.
	 */
	void assertOneEditThenUndo(String original, String expected) throws Exception {
		assertEquals(1, applied().size(), "one undoable change; messages: " + messages());
		assertEquals(expected, text());
		assertEquals(List.of(), loadErrors());
		typed(undo(original, text(), applied().get(0)));
	}

	/** The text the replacement {@code edit} made from {@code before}, undone: what the text editor's undo does. */
	static String undo(String before, String after, TextReplacement edit) {
		String undone = new TextReplacement(edit.offset(), edit.text().length(),
				before.substring(edit.offset(), edit.offset() + edit.length())).applyTo(after);
		assertEquals(before, undone, "undo restores the text byte for byte");
		return undone;
	}
}

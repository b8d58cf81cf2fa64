// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.layout.Bounds;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application diagram of the MOG example edited through GLSP operations: each edit is one replacement of the
 * text that parses cleanly, changes only what it says, is shown by the rebuilt diagram and is undone by its inverse.
 */
class ApplicationEditingTest {

	@TempDir
	Path temp;

	private EditedDiagram diagram;
	private String original;

	/**
	 * The example without its deployment, which names every component (see the test of a component used in
	 * another file), and without its SLA, which names the deployment.
	 */
	@BeforeEach
	void open() throws Exception {
		diagram = new EditedDiagram(DiagramTypes.APPLICATION, "mog-live", "livestory.allstar", temp,
				"deployment.allstar", "sla.allstar");
		original = diagram.text();
		assertEquals(List.of(), diagram.loadErrors());
	}

	/** The one edit made turned the text into {@code expected}; it parses; undoing it restores the diagram. */
	private void assertEdited(String expected) throws Exception {
		diagram.assertOneEditThenUndo(original, expected);
		assertEquals(List.of("capture", "precheck", "transcoder", "storyNlp"),
				GraphAssertions.nodeIds(diagram.root(), DiagramTypes.COMPONENT));
	}

	@Test
	void createComponentAddsAValidComponentWhereItWasDropped() throws Exception {
		diagram.dispatch(new CreateNodeOperation(DiagramTypes.COMPONENT, GraphUtil.point(700, 420)));
		assertPosition(700, 420, "component1");
		assertEdited(original.replace("  energy 600 W\n",
				"  energy 600 W\n  component component1 {\n    cpu 1 core\n    memory 1 GB\n  }\n"));
	}

	@Test
	void createFlowJoinsTwoComponents() throws Exception {
		diagram.dispatch(new CreateEdgeOperation(DiagramTypes.FLOW, "capture", "storyNlp"));
		assertTrue(GraphAssertions.edges(diagram.root()).contains("capture -> storyNlp"));
		assertEdited(original.replace("  energy 600 W\n", "  energy 600 W\n  flow capture -> storyNlp\n"));
	}

	@Test
	void aFlowToItselfTwiceOrToNothingIsRefusedWithAMessage() throws Exception {
		diagram.dispatch(new CreateEdgeOperation(DiagramTypes.FLOW, "capture", "capture"));
		diagram.dispatch(new CreateEdgeOperation(DiagramTypes.FLOW, "capture", "precheck"));
		diagram.dispatch(new CreateEdgeOperation(DiagramTypes.FLOW, "capture", "ghost"));
		assertEquals(List.of(
				"A flow joins two different components; draw it from one component to another.",
				"There is already a flow from capture to precheck; edit that one (its bandwidth and latency) in the"
						+ " text.",
				"There is no component 'ghost' in LiveStory (the diagram may be out of date: wait for it to refresh,"
						+ " then try again)."),
				diagram.messages());
		assertEquals(original, diagram.text());
		assertEquals(List.of(), diagram.applied());
	}

	@Test
	void deletingAComponentTakesItsFlowsInOneEdit() throws Exception {
		diagram.dispatch(new DeleteOperation(List.of("transcoder")));
		assertEquals(List.of("capture", "precheck", "storyNlp"),
				GraphAssertions.nodeIds(diagram.root(), DiagramTypes.COMPONENT));
		assertEquals(List.of("capture -> precheck", "precheck -> storyNlp"), GraphAssertions.edges(diagram.root()));
		String transcoder = original.substring(original.indexOf("  component transcoder"),
				original.indexOf("  component storyNlp"));
		assertEdited(original.replace(transcoder, "")
				.replace("  flow precheck -> transcoder bandwidth 50 Mbps latency < 60 ms carries footage\n", ""));
	}

	private void assertPosition(double x, double y, String id) {
		GNode node = (GNode) GraphAssertions.find(diagram.root(), id);
		assertEquals(List.of(x, y), List.of(node.getPosition().getX(), node.getPosition().getY()));
	}

	@Test
	void aComponentUsedInAnotherFileIsNeitherDeletedNorRenamed(@TempDir Path full) throws Exception {
		EditedDiagram whole = new EditedDiagram(DiagramTypes.APPLICATION, "mog-live", "livestory.allstar", full);
		whole.dispatch(new DeleteOperation(List.of("transcoder")));
		whole.dispatch(new ApplyLabelEditOperation("precheck/name", "screening"));
		assertEquals(List.of(
				"'transcoder' is used in deployment.allstar: change it there first (this diagram edits only its own"
						+ " file).",
				"'precheck' is used in deployment.allstar: change it there first (this diagram edits only its own"
						+ " file)."),
				whole.messages());
		assertEquals(List.of(), whole.applied());
	}

	@Test
	void deletingAFlowRemovesItsLine() throws Exception {
		diagram.dispatch(new DeleteOperation(List.of("flow:precheck->storyNlp")));
		assertEdited(original.replace(
				"  flow precheck -> storyNlp bandwidth 2 Mbps latency < 60 ms carries personal\n", ""));
	}

	@Test
	void renameInPlaceRenamesTheReferencesToo() throws Exception {
		diagram.dispatch(new ApplyLabelEditOperation("precheck/name", "screening"));
		assertEquals(List.of("capture", "screening", "transcoder", "storyNlp"),
				GraphAssertions.nodeIds(diagram.root(), DiagramTypes.COMPONENT), diagram.messages().toString());
		assertEdited(original.replace("component precheck", "component screening")
				.replace("capture -> precheck", "capture -> screening")
				.replace("flow precheck", "flow screening")
				.replace("precheck -> storyNlp <", "screening -> storyNlp <"));
	}

	@Test
	void aNameThatIsTakenOrNotANameIsRefused() throws Exception {
		diagram.dispatch(new ApplyLabelEditOperation("precheck/name", "capture"));
		diagram.dispatch(new ApplyLabelEditOperation("precheck/name", "flow"));
		diagram.dispatch(new ApplyLabelEditOperation("precheck/name", "pre check"));
		assertEquals(List.of("'capture' is taken; names are unique.",
				"'flow' is a keyword of the language; choose another name.",
				"'pre check' is not a name: use letters, digits and '_', starting with a letter."),
				diagram.messages());
		assertEquals(original, diagram.text());
	}

	@Test
	void aTextWithSyntaxErrorsRefusesEditsWithTheEditorsMessage() throws Exception {
		String broken = original.replace("  energy 600 W\n", "  energy 600 W\n  component {\n");
		diagram.typed(broken);
		diagram.dispatch(new CreateNodeOperation(DiagramTypes.COMPONENT, GraphUtil.point(0, 0)));
		assertEquals(List.of("livestory.allstar has syntax errors; fix them in the text editor before editing the"
				+ " diagram."), diagram.messages());
		assertEquals(broken, diagram.text());
	}

	@Test
	void moveChangesTheLayoutAndNotTheText() throws Exception {
		ElementAndBounds moved = new ElementAndBounds();
		moved.setElementId("capture");
		moved.setNewPosition(GraphUtil.point(900, 15));
		moved.setNewSize(GraphUtil.dimension(160, 80));
		diagram.dispatch(new ChangeBoundsOperation(List.of(moved)));
		assertEquals(new Bounds(900, 15, 160, 80), diagram.layout().of("capture").orElseThrow());
		assertPosition(900, 15, "capture");
		assertEquals(original, diagram.text());
		assertEquals(List.of(), diagram.applied());
	}

	@Test
	void undoInTheDiagramLeavesTheTextAndPointsToTheTextEditor() throws Exception {
		diagram.dispatch(new DeleteOperation(List.of("flow:precheck->storyNlp")));
		String edited = diagram.text();
		diagram.dispatch(new UndoAction());
		assertEquals(edited, diagram.text());
		assertTrue(diagram.messages().get(0).startsWith("Diagram edits are changes of the text"),
				diagram.messages().toString());
	}

	@Test
	void aTextEditAndARefreshSendTheNewComponentToTheClient() throws Exception {
		long updates = countModelUpdates();
		diagram.typed(original.replace("  energy 600 W\n", "  energy 600 W\n  component cache {\n    cpu 1 core\n  }\n"));
		assertTrue(GraphAssertions.nodeIds(diagram.root(), DiagramTypes.COMPONENT).contains("cache"));
		assertTrue(countModelUpdates() > updates, "the new graph went to the client");
		UpdateModelAction last = (UpdateModelAction) diagram.sentToClient().stream()
				.filter(UpdateModelAction.class::isInstance).reduce((a, b) -> b).orElseThrow();
		assertTrue(GraphAssertions.nodeIds(last.getNewRoot(), DiagramTypes.COMPONENT).contains("cache"));
		// drawn as it comes (no client layout): the new component's labels are sized by the server
		assertTrue(GraphAssertions.find(last.getNewRoot(), "cache/name") instanceof GLabel name
				&& name.getSize() != null && name.getSize().getWidth() > 0);
	}

	private long countModelUpdates() {
		return diagram.sentToClient().stream().filter(UpdateModelAction.class::isInstance).count();
	}
}

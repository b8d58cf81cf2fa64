// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.layout.DiagramLayout;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram edit (create, delete, rename, in a real GLSP session) places only what is new: every element the user has
 * seen keeps its place, and every edge between such elements its route. Each test first moves an element by hand to
 * a place ELK would never choose, so that a fresh automatic layout would fail the test.
 */
class StableLayoutTest {

	@TempDir
	Path temp;

	private static EditedDiagram application(Path temp) throws Exception {
		return new EditedDiagram(DiagramTypes.APPLICATION, "mog-live", "livestory.allstar", temp, "deployment.allstar",
				"sla.allstar");
	}

	/** Moves {@code id} by hand, as a drag in the client does. */
	private static Bounds move(EditedDiagram diagram, String id, double x, double y) throws Exception {
		ElementAndBounds moved = new ElementAndBounds();
		moved.setElementId(id);
		moved.setNewPosition(GraphUtil.point(x, y));
		moved.setNewSize(GraphUtil.dimension(170, 90));
		diagram.dispatch(new ChangeBoundsOperation(List.of(moved)));
		return new Bounds(x, y, 170, 90);
	}

	/**
	 * Every position and route of {@code before} is in {@code after} under the id {@code rename} gives it (ids not
	 * renamed map to themselves), and the diagram sent to the client shows the nodes there.
	 */
	private static void assertKept(DiagramLayout before, EditedDiagram diagram, Map<String, String> rename,
			Set<String> gone) {
		DiagramLayout after = diagram.layout();
		before.positions().forEach((id, bounds) -> {
			if (!gone.contains(id)) {
				String now = rename.getOrDefault(id, id);
				assertEquals(bounds, after.of(now).orElseThrow(() -> new AssertionError("no " + now)), now);
				GNode node = (GNode) GraphAssertions.find(diagram.root(), now);
				assertEquals(List.of(bounds.x(), bounds.y()),
						List.of(node.getPosition().getX(), node.getPosition().getY()), now + " as drawn");
			}
		});
		before.routes().forEach((id, route) -> {
			if (gone.stream().noneMatch(id::contains)) {
				String now = rename.getOrDefault(id, id);
				assertEquals(route, after.route(now).orElseThrow(() -> new AssertionError("no route of " + now)), now);
			}
		});
	}

	@Test
	void creatingAComponentPlacesOnlyIt() throws Exception {
		EditedDiagram diagram = application(temp);
		move(diagram, "storyNlp", 40, 600);
		DiagramLayout before = diagram.layout();
		assertEquals(2, before.routes().size(), "the flow to storyNlp lost its route, the others kept theirs");
		diagram.dispatch(new CreateNodeOperation(DiagramTypes.COMPONENT, GraphUtil.point(700, 420)));
		assertKept(before, diagram, Map.of(), Set.of());
		assertEquals(700, diagram.layout().of("component1").orElseThrow().x());
	}

	@Test
	void aComponentAndFlowTypedInTheTextArePlacedByElkAndNothingElseMoves() throws Exception {
		EditedDiagram diagram = application(temp);
		move(diagram, "capture", 900, 500);
		DiagramLayout before = diagram.layout();
		diagram.typed(diagram.text().replace("  energy 600 W\n",
				"  energy 600 W\n  component cache {\n    cpu 1 core\n  }\n  flow precheck -> cache\n"));
		assertKept(before, diagram, Map.of(), Set.of());
		Bounds cache = diagram.layout().of("cache").orElseThrow();
		before.positions().values().forEach(b -> assertFalse(b.overlaps(cache), "cache overlaps " + b));
		// the new flow got a route only if ELK put both its ends where they are: precheck was kept, so it is straight
		assertTrue(diagram.layout().route("flow:precheck->cache").isEmpty());
	}

	@Test
	void deletingAComponentMovesNothingElse() throws Exception {
		EditedDiagram diagram = application(temp);
		move(diagram, "capture", 900, 500);
		DiagramLayout before = diagram.layout();
		diagram.dispatch(new DeleteOperation(List.of("transcoder")));
		assertKept(before, diagram, Map.of(), Set.of("transcoder"));
		assertTrue(diagram.layout().of("transcoder").isEmpty());
	}

	@Test
	void aRenamedComponentStaysWhereItWasAndItsFlowsKeepTheirRoutes() throws Exception {
		EditedDiagram diagram = application(temp);
		move(diagram, "precheck", 500, 400);
		DiagramLayout before = diagram.layout();
		diagram.dispatch(new ApplyLabelEditOperation("precheck/name", "screening"));
		assertTrue(diagram.messages().isEmpty(), diagram.messages().toString());
		Bounds screening = diagram.layout().of("screening").orElseThrow();
		assertEquals(List.of(500.0, 400.0), List.of(screening.x(), screening.y()));
		assertKept(before, diagram, Map.of("precheck", "screening", "flow:capture->precheck",
				"flow:capture->screening", "flow:precheck->transcoder", "flow:screening->transcoder",
				"flow:precheck->storyNlp", "flow:screening->storyNlp"), Set.of());
	}

	@Test
	void aRenamedProviderKeepsItsNodesAndItsPlace() throws Exception {
		EditedDiagram diagram = new EditedDiagram(DiagramTypes.INFRASTRUCTURE, "mog-live", "providers.allstar", temp,
				"deployment.allstar", "sla.allstar");
		move(diagram, "FanPhones", 1200, 40);
		DiagramLayout before = diagram.layout();
		diagram.dispatch(new ApplyLabelEditOperation("PortoEdge/name", "Porto"));
		assertTrue(diagram.messages().isEmpty(), diagram.messages().toString());
		Map<String, String> renamed = new java.util.HashMap<>();
		before.positions().keySet().forEach(id -> renamed.put(id, id.replace("PortoEdge", "Porto")));
		before.routes().keySet().forEach(id -> renamed.put(id, id.replace("PortoEdge", "Porto")));
		assertKept(before, diagram, renamed, Set.of());
		assertEquals(before.of("PortoEdge.gateBox"), diagram.layout().of("Porto.gateBox"));
	}
}

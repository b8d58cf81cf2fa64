// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allstar.diagram.DiagramTypes;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkersReason;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier's findings on the hurried MOG deployment (examples/verify/mog-broken, whose expected.txt is what
 * {@code allstar verify} prints) as markers of its infrastructure diagram, each on the element it concerns.
 */
class VerifierMarkersTest {

	@TempDir
	Path temp;

	private static List<String> markers(EditedDiagram diagram) throws Exception {
		diagram.dispatch(new RequestMarkersAction(List.of(diagram.root().getId()), MarkersReason.BATCH));
		SetMarkersAction set = (SetMarkersAction) diagram.sentToClient().stream()
				.filter(SetMarkersAction.class::isInstance).reduce((a, b) -> b).orElseThrow();
		return set.getMarkers().stream().map(VerifierMarkersTest::describe).sorted().toList();
	}

	private static String describe(Marker marker) {
		return marker.getElementId() + " " + marker.getType() + " " + marker.getLabel();
	}

	@Test
	void eachFindingOfTheBrokenDeploymentMarksTheNodeOrTheDiagramItConcerns() throws Exception {
		EditedDiagram diagram = new EditedDiagram(DiagramTypes.INFRASTRUCTURE,
				List.of(Examples.folder("mog-live"), Examples.folder("verify/mog-broken")), "broken.allstar", temp);
		assertEquals(List.of(
				"AwsFrankfurt.cpuVm error latency",
				"AwsFrankfurt.cpuVm warning accelerator",
				"PortoEdge.stadiumBox error architecture",
				"infrastructure error availability",
				"infrastructure error cost",
				"infrastructure info reputation"), markers(diagram));
	}

	@Test
	void theCorrectExampleHasNoErrorMarkers() throws Exception {
		EditedDiagram diagram = new EditedDiagram(DiagramTypes.APPLICATION, "mog-live", "livestory.allstar", temp);
		List<String> markers = markers(diagram);
		assertTrue(markers.stream().noneMatch(m -> m.contains(" error ")), markers.toString());
	}

	@Test
	void aFlowWithAnUnknownDataClassIsMarkedOnTheFlow() throws Exception {
		EditedDiagram diagram = new EditedDiagram(DiagramTypes.APPLICATION, "mog-live", "livestory.allstar", temp);
		diagram.typed(diagram.text().replace("carries footage\n", "carries footage, secrets\n"));
		assertTrue(markers(diagram).contains("flow:precheck->transcoder error unresolved-reference"),
				markers(diagram).toString());
	}
}

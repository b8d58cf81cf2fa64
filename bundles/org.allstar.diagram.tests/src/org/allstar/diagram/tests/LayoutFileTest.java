// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.diagram.layout.LayoutFile;
import org.allstar.diagram.layout.Point;
import org.allstar.diagram.layout.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFileTest {

	private static final DiagramLayout APP = new DiagramLayout(
			Map.of("web", new Bounds(10.5, 20, 140, 56), "db", new Bounds(230, 20, 160, 56)),
			Map.of("flow:web->db", new Route(new Point(10.5, 20), new Point(230, 20),
					List.of(new Point(150.5, 48), new Point(190, 48), new Point(190, 40), new Point(230, 40)))));
	private static final DiagramLayout INFRA = new DiagramLayout(
			Map.of("CornerShop", new Bounds(0, 0, 300, 120), "CornerShop.box", new Bounds(12, 42, 150, 56)));

	@Test
	void theSideFileIsAHiddenFileBesideTheModel(@TempDir Path dir) {
		assertEquals(dir.resolve(".hello.allstar.layout"), LayoutFile.besides(dir.resolve("hello.allstar")).path());
	}

	@Test
	void layoutsOfBothDiagramsRoundTripThroughOneFile(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("hello.allstar");
		Files.writeString(model, "package hello\n");
		LayoutFile file = LayoutFile.besides(model);
		file.write("allstar-application/Greeter", APP);
		file.write("allstar-infrastructure", INFRA);
		assertEquals(APP, LayoutFile.besides(model).read("allstar-application/Greeter"));
		assertEquals(INFRA, LayoutFile.besides(model).read("allstar-infrastructure"));
		assertEquals("package hello\n", Files.readString(model), "the model text is never touched");
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void rewritingOneDiagramKeepsTheOther(@TempDir Path dir) throws Exception {
		LayoutFile file = LayoutFile.besides(dir.resolve("m.allstar"));
		file.write("a", APP);
		file.write("b", INFRA);
		file.write("a", APP.with("web", new Bounds(1, 2, 3, 4)));
		assertEquals(new Bounds(1, 2, 3, 4), file.read("a").of("web").orElseThrow());
		assertEquals(INFRA, file.read("b"));
	}

	@Test
	void aMissingOrBrokenSideFileMeansAutomaticLayout(@TempDir Path dir) throws Exception {
		LayoutFile file = LayoutFile.besides(dir.resolve("m.allstar"));
		assertTrue(file.read("a").positions().isEmpty());
		Files.writeString(file.path(), "{ not json");
		assertTrue(file.read("a").positions().isEmpty());
		file.write("a", APP);
		assertEquals(APP, file.read("a"));
		assertFalse(Files.readString(file.path()).contains("not json"));
	}

	@Test
	void aSideFileWrittenBeforeEdgesHadRoutesStillGivesItsPositions(@TempDir Path dir) throws Exception {
		LayoutFile file = LayoutFile.besides(dir.resolve("m.allstar"));
		Files.writeString(file.path(), """
				{ "version": 1, "diagrams": { "a": { "web": { "x": 1, "y": 2, "width": 3, "height": 4 } } } }
				""");
		assertEquals(new DiagramLayout(Map.of("web", new Bounds(1, 2, 3, 4))), file.read("a"));
	}
}

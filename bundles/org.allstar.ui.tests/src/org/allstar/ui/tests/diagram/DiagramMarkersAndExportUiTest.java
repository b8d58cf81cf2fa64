// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.diagram;

import static org.allstar.ui.tests.diagram.DiagramUi.count;
import static org.allstar.ui.tests.diagram.DiagramUi.evaluate;
import static org.allstar.ui.tests.diagram.DiagramUi.open;
import static org.allstar.ui.tests.diagram.DiagramUi.screenshot;
import static org.allstar.ui.tests.diagram.DiagramUi.waitForNodes;
import static org.allstar.ui.tests.diagram.DiagramUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javax.xml.parsers.DocumentBuilderFactory;

import org.allstar.diagram.ui.ApplicationDiagramEditor;
import org.allstar.diagram.ui.DiagramEditor;
import org.allstar.diagram.ui.ExportDiagramHandler;
import org.allstar.diagram.ui.InfrastructureDiagramEditor;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The verifier's findings drawn on the diagram (the hurried MOG deployment of examples/verify/mog-broken, beside the
 * correct example), and Export to SVG and PNG of the MOG application diagram.
 */
class DiagramMarkersAndExportUiTest {

	private IProject project;

	@TempDir
	Path exports;

	@BeforeEach
	void copyTheExamples() throws Exception {
		project = DiagramUi.project("mog-broken-diagrams", "mog-live", "verify/mog-broken");
	}

	@AfterEach
	void closeEverything() throws Exception {
		DiagramUi.closeEditorsAndDelete(project);
	}

	/** examples/verify/capacity: three replicas ask 10 GB of the box's 8 GB; its memory gauge is a full red bar. */
	@Test
	void anOverfullNodesGaugeIsAFullRedBar() throws Exception {
		IProject capacity = DiagramUi.project("capacity-diagram", "verify/capacity");
		try {
			DiagramEditor diagram = open(capacity.getFile("capacity.allstar"), InfrastructureDiagramEditor.ID);
			String memory = ".allstar-diagram g.host[id$='_Shop.box'] g.gauge-memory";
			waitUntil("the box's memory gauge", () -> count(diagram, "g.host[id$='_Shop.box'] g.gauge-memory") == 1);
			assertEquals(Boolean.TRUE, diagram.browser().evaluate("""
					const gauge = document.querySelector("%s");
					const track = gauge.querySelector('.allstar-gauge-track').width.baseVal.value;
					const fill = gauge.querySelector('.allstar-gauge-fill');
					return gauge.classList.contains('over-capacity') && track > 0 && fill.width.baseVal.value === track
					    && getComputedStyle(fill).fill === 'rgb(243, 182, 177)';
					""".formatted(memory)), "an over-capacity gauge filled and red");
			screenshot("diagram-over-capacity.png");
		} finally {
			DiagramUi.closeEditorsAndDelete(capacity);
		}
	}

	@Test
	void theBrokenDeploymentsFindingsDecorateItsNodesWithTheirMessageOnHover() throws Exception {
		DiagramEditor diagram = open(project.getFile("broken.allstar"), InfrastructureDiagramEditor.ID);
		waitForNodes(diagram, "g.provider", 3);
		// the architecture error of the story model on the stadium box (VerifierMarkersTest has the whole list)
		String stadiumBox = "g.host[id$='_PortoEdge.stadiumBox']";
		waitUntil(() -> "an error decoration on the stadium box (" + count(diagram, ".sprotty-issue") + " decorations;"
				+ " console errors: " + diagram.pageConsoleErrors() + ")",
				() -> count(diagram, stadiumBox + " .sprotty-issue") >= 1);
		screenshot("diagram-markers.png");

		// the pointer rests on the decoration: GLSP's hover shows the findings' messages in its popup
		diagram.browser().execute("""
				const issue = document.querySelector(".allstar-diagram g.host[id$='_PortoEdge.stadiumBox'] .sprotty-issue");
				const box = issue.getBoundingClientRect();
				for (const kind of ['mouseover', 'mouseenter', 'mousemove']) {
				  issue.dispatchEvent(new MouseEvent(kind, { bubbles: true, clientX: box.x + 2, clientY: box.y + 2 }));
				}
				""");
		waitUntil(() -> "the hover popup with the finding (popup: " + evaluate(diagram, "document.querySelector('.sprotty-popup')"
				+ "?.textContent") + ")",
				() -> String.valueOf(evaluate(diagram, "document.querySelector('.sprotty-popup')?.textContent"))
						.contains("has no image for arm64"));
		screenshot("diagram-markers-hover.png");
	}

	@Test
	void theApplicationDiagramExportsAsSvgAndPng() throws Exception {
		DiagramEditor diagram = open(project.getFile("livestory.allstar"), ApplicationDiagramEditor.ID);
		waitForNodes(diagram, "g.component", 4);
		CompletableFuture<String> svg = diagram.svg();
		waitUntil("the page's SVG", svg::isDone);

		Path svgFile = exports.resolve(diagram.exportName("svg"));
		Path pngFile = exports.resolve(diagram.exportName("png"));
		run(ExportDiagramHandler.job(diagram.getPartName(), svg.get(), svgFile, "svg"));
		run(ExportDiagramHandler.job(diagram.getPartName(), svg.get(), pngFile, "png"));

		Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svgFile.toFile());
		assertEquals("svg", parsed.getDocumentElement().getLocalName() == null ? parsed.getDocumentElement().getTagName()
				: parsed.getDocumentElement().getLocalName());
		String text = parsed.getDocumentElement().getTextContent();
		for (String name : new String[] { "capture", "precheck", "transcoder", "storyNlp" }) {
			assertTrue(text.contains(name), name + " is drawn in the SVG");
		}
		// the export's hidden render puts a node's lines on their lines as the page does (it stacked them all on the
		// first line while that render was GLSP's measuring pass): the second line at PADDING, PADDING + LINE_HEIGHT
		assertTrue(Files.readString(svgFile, StandardCharsets.UTF_8).contains("translate(10, 28)"),
				"a node's second line in place");

		ImageData png = new ImageLoader().load(new ByteArrayInputStream(Files.readAllBytes(pngFile)))[0];
		assertTrue(png.width > 100 && png.height > 50, "a diagram-sized PNG: " + png.width + " × " + png.height);
		assertTrue(nonWhitePixels(png) > png.width * png.height / 200,
				"the PNG shows the drawing: " + nonWhitePixels(png) + " non-white pixels of " + png.width * png.height);
		assertTrue(Files.readString(svgFile, StandardCharsets.UTF_8).length() > 1_000);
		try (var left = Files.list(exports)) {
			assertEquals(2, left.count(), "no temporary file is left beside the exports");
		}
	}

	private static void run(Job job) {
		job.schedule();
		waitUntil("the export job", () -> job.getResult() != null);
		IStatus result = job.getResult();
		assertTrue(result.isOK(), result.getMessage());
	}

	private static int nonWhitePixels(ImageData image) {
		int count = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				var rgb = image.palette.getRGB(image.getPixel(x, y));
				if (rgb.red < 240 || rgb.green < 240 || rgb.blue < 240) {
					count++;
				}
			}
		}
		return count;
	}
}

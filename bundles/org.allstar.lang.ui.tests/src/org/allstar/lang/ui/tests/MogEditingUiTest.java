// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MOG example (examples/mog-live, six files) as a user edits it: moving storyNlp, which needs an enclave GPU,
 * onto a stadium edge box breaks the verifier's rules and an error marker appears on that placement's line; content
 * assist (the editor's own action, its popup read back) after {@code on} proposes the nodes of the sibling file.
 */
class MogEditingUiTest {
	private static final String PLACEMENT = "storyNlp on AwsFrankfurt.gpuVm";
	private static final String MOVED = "storyNlp on PortoEdge.stadiumBox";

	private IProject project;
	private IWorkbenchPage page;
	private AllstarMlEditor editor;
	private IDocument document;
	private IFile file;

	@BeforeEach
	void openDeployment() throws Exception {
		project = Workbench.exampleProject("mog-editing", "mog-live");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		file = project.getFile("deployment.allstar");
		editor = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page, file));
		document = Workbench.documentOf(editor);
		Workbench.waitForCheck(editor);
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void movingStoryNlpToTheEdgeBreaksARuleOnItsLine() throws Exception {
		assertEquals(List.of(), Workbench.errorMarkers(file), "the example verifies");
		int at = document.get().indexOf(PLACEMENT);
		document.replace(at, PLACEMENT.length(), MOVED);
		Workbench.waitUntil("an error marker", () -> !Workbench.errorMarkers(file).isEmpty());
		int line = document.getLineOfOffset(at) + 1;
		List<IMarker> onLine = Workbench.errorMarkers(file).stream()
				.filter(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) == line).toList();
		assertTrue(!onLine.isEmpty(), "an error on the placement's line " + line + ": " + messages());
		Workbench.screenshot("mog-editor-with-marker.png");
	}

	@Test
	void contentAssistAfterOnProposesTheSiblingFilesNodes() throws Exception {
		int afterOn = document.get().indexOf(PLACEMENT) + "storyNlp on ".length();
		document.replace(afterOn, PLACEMENT.length() - "storyNlp on ".length(), "");
		editor.selectAndReveal(afterOn, 0);
		editor.getAction("ContentAssistProposal").run();
		List<String> proposals = new ArrayList<>();
		Workbench.waitUntil("the proposal popup", () -> {
			proposals.clear();
			proposals.addAll(popupProposals());
			return proposals.stream().anyMatch(p -> p.contains("gpuVm"));
		});
		assertTrue(proposals.stream().anyMatch(p -> p.contains("stadiumBox")), proposals.toString());
		Workbench.screenshot("mog-content-assist.png");
	}

	/** The rows of the completion popup: a Table in a shell of its own. */
	private static List<String> popupProposals() {
		List<String> rows = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			collect(shell, rows);
		}
		return rows;
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, List<String> rows) {
		for (var child : parent.getChildren()) {
			if (child instanceof Table table && table.isVisible()) {
				Arrays.stream(table.getItems()).map(TableItem::getText).forEach(rows::add);
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, rows);
			}
		}
		if (parent instanceof Shell shell) {
			for (Shell owned : shell.getShells()) {
				collect(owned, rows);
			}
		}
	}

	private String messages() {
		return Workbench.errorMarkers(file).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
				+ m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}
}

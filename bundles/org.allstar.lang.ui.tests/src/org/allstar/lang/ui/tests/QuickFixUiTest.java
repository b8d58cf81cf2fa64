// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.navigation.ModelElements;
import org.allstar.lang.ui.quickfix.MoveComponentFix;
import org.allstar.lang.ui.quickfix.QuickFixProcessor;
import org.allstar.lang.ui.validation.IssueAnnotation;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * The verifier's fixes as quick fixes, end to end on its own examples: Ctrl+1 on the error offers the move the
 * verifier found, applying it edits the placement in one undoable step, and the marker goes after the next check.
 */
class QuickFixUiTest extends ExampleProjectTest {

	@Test
	void architectureFixMovesTheComponentToANodeWithItsImage() throws Exception {
		fixEndToEnd("architecture", "web on Edge.pi", "Move 'web' from Edge.pi to Edge.nuc", "web on Edge.nuc");
	}

	@Test
	void capacityFixMovesAComponentToTheSpareNode() throws Exception {
		fixEndToEnd("capacity", "worker on Shop.box", "Move 'worker' from Shop.box to Shop.spare",
				"worker on Shop.spare");
	}

	private void fixEndToEnd(String rule, String placement, String label, String fixed) throws Exception {
		project = Workbench.exampleProject("quickfix-" + rule, "verify/" + rule);
		IFile file = project.getFile(rule + ".allstar");
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page, file));
		IDocument document = Workbench.documentOf(editor);
		String original = document.get();
		Workbench.waitUntil("the verifier's error marker", () -> !Workbench.errorMarkers(file).isEmpty());
		Workbench.waitForCheck(editor);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		int caret = original.indexOf(placement) + placement.length() - 1;
		assertTrue(((ISourceViewerExtension3) viewer).getQuickAssistAssistant().canFix(issueAnnotation(viewer)), "the ruler offers a fix");

		QuickFixProcessor processor = new QuickFixProcessor(editor::currentModel,
				new MoveComponentFix(Fixtures.SERVICES.get(ModelElements.class)));
		ICompletionProposal[] proposals = processor
				.computeQuickAssistProposals(new TextInvocationContext(viewer, caret, 0));
		assertEquals(1, proposals.length);
		assertEquals(label, proposals[0].getDisplayString());
		Workbench.screenshot("quickfix-" + rule + ".png");
		proposals[0].apply(document);
		assertTrue(document.get().contains(fixed), document.get());

		Workbench.waitUntil("the marker to go", () -> Workbench.errorMarkers(file).isEmpty());
		((ITextOperationTarget) viewer).doOperation(ITextOperationTarget.UNDO);
		assertEquals(original, document.get(), "one undo takes the fix back");
	}

	private static IssueAnnotation issueAnnotation(ISourceViewer viewer) {
		var it = viewer.getAnnotationModel().getAnnotationIterator();
		while (it.hasNext()) {
			if (it.next() instanceof IssueAnnotation issue && issue.isQuickFixable()) {
				return issue;
			}
		}
		throw new AssertionError("no quick-fixable annotation");
	}
}

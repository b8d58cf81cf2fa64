// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.allstar.lang.ui.validation.IssueAnnotation;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Quick fixes (Ctrl+1, and the ruler's Quick Fix) for the problems at the caret: each problem whose issue carries
 * fix data the editor knows becomes a proposal that edits the document in one replacement (one undo step); the
 * next check then drops the marker.
 */
public class QuickFixProcessor implements IQuickAssistProcessor {

	private final Supplier<XtextResource> model;
	private final MoveComponentFix move;

	public QuickFixProcessor(Supplier<XtextResource> model, MoveComponentFix move) {
		this.model = model;
		this.move = move;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
		XtextResource resource = model.get();
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (annotations == null || resource == null) {
			return new ICompletionProposal[0];
		}
		int caret = context.getOffset();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation issue && covers(annotations.getPosition(issue), caret)) {
				move.fixFor(issue.issue(), resource).map(Proposal::new).ifPresent(proposals::add);
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && issue.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	private static boolean covers(Position position, int offset) {
		return position != null && offset >= position.getOffset() && offset <= position.getOffset() + position.getLength();
	}

	/** A fix as a proposal: applying it replaces the text once. */
	public static final class Proposal implements ICompletionProposal {
		private final TextFix fix;

		Proposal(TextFix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			try {
				document.replace(fix.offset(), fix.length(), fix.replacement());
			} catch (BadLocationException e) {
				throw new IllegalStateException("The quick fix's text range is outside the document", e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return new Point(fix.offset(), fix.replacement().length());
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}

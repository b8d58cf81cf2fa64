// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.contentassist;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/** Ctrl+Space in the editor: the {@link ProposalBridge}'s entries as JFace completion proposals. */
public class AllstarMlContentAssistProcessor implements IContentAssistProcessor {

	private final ProposalBridge bridge;
	private final Supplier<Path> file;

	public AllstarMlContentAssistProcessor(ProposalBridge bridge, Supplier<Path> file) {
		this.bridge = bridge;
		this.file = file;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return bridge.proposals(viewer.getDocument().get(), offset, file.get()).stream()
				.map(entry -> toProposal(entry, offset)).toArray(ICompletionProposal[]::new);
	}

	static ICompletionProposal toProposal(ContentAssistEntry entry, int offset) {
		int prefixLength = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		if (entry.getDescription() != null) {
			label += " - " + entry.getDescription();
		}
		return new CompletionProposal(entry.getProposal(), offset - prefixLength, prefixLength,
				entry.getProposal().length(), null, label, null, null);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}

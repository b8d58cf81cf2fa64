// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.contentassist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.allstar.lang.ui.LanguageServices;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Completion through Xtext's generic IDE services: the contexts at an offset from the content-assist parser, the
 * proposals from the language's {@link IdeContentProposalProvider} (keywords, cross-references, units). No SWT here.
 */
public class ProposalBridge {

	/** The content-assist parser runs its follow-element computation on a pool; one daemon thread is enough. */
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ALLSTAR-ML content assist");
		thread.setDaemon(true);
		return thread;
	});

	private final LanguageServices services;

	public ProposalBridge(LanguageServices services) {
		this.services = services;
	}

	/** The proposals at {@code offset} of {@code text} (the file {@code file}, or null), best first. */
	public List<ContentAssistEntry> proposals(String text, int offset, Path file) {
		XtextResource resource = services.parse(text, file);
		ContentAssistContextFactory factory = services.get(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = services.get(IdeContentProposalAcceptor.class);
		services.get(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}

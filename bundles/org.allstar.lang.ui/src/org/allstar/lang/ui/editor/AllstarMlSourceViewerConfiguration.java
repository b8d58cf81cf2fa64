// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.allstar.lang.ui.LanguageServices;
import org.allstar.lang.ui.contentassist.AllstarMlContentAssistProcessor;
import org.allstar.lang.ui.contentassist.ProposalBridge;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * The ALLSTAR-ML viewer: content assist from the language's IDE services (Ctrl+Space, and after a '.'); annotation
 * hovers come from the text editor's configuration. Colours and checks come from the editor's {@code ReconcileJob},
 * not from a JFace reconciler, so the spelling reconciler is switched off.
 */
public class AllstarMlSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final LanguageServices services;
	private final Supplier<Path> file;

	public AllstarMlSourceViewerConfiguration(IPreferenceStore preferences, LanguageServices services,
			Supplier<Path> file) {
		super(preferences);
		this.services = services;
		this.file = file;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new AllstarMlContentAssistProcessor(new ProposalBridge(services), file),
				IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		return null;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.allstar.lang.ui.LanguageServices;
import org.allstar.lang.ui.contentassist.AllstarMlContentAssistProcessor;
import org.allstar.lang.ui.contentassist.ProposalBridge;
import org.allstar.lang.ui.hover.ModelTextHover;
import org.allstar.lang.ui.navigation.Declaration;
import org.allstar.lang.ui.navigation.DeclarationHyperlinkDetector;
import org.allstar.lang.ui.navigation.ModelElements;
import org.allstar.lang.ui.quickfix.MoveComponentFix;
import org.allstar.lang.ui.quickfix.QuickFixProcessor;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * The ALLSTAR-ML viewer: content assist from the language's IDE services (Ctrl+Space, and after a '.'),
 * hyperlinks to declarations (Ctrl+click), hovers with the problem and the element's key figures, and quick fixes
 * (Ctrl+1), all on the linked model of the current text ({@code model}). Colours and checks come from the
 * editor's {@code ReconcileJob}, not from a JFace reconciler, so the spelling reconciler is switched off.
 */
public class AllstarMlSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final LanguageServices services;
	private final Supplier<Path> file;
	private final Supplier<XtextResource> model;
	private final Consumer<Declaration> opener;
	private final ModelElements elements;

	public AllstarMlSourceViewerConfiguration(IPreferenceStore preferences, LanguageServices services,
			Supplier<Path> file, Supplier<XtextResource> model, Consumer<Declaration> opener) {
		super(preferences);
		this.services = services;
		this.file = file;
		this.model = model;
		this.opener = opener;
		this.elements = services.get(ModelElements.class);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] all = platform == null ? new IHyperlinkDetector[1]
				: Arrays.copyOf(platform, platform.length + 1);
		all[all.length - 1] = new DeclarationHyperlinkDetector(model, elements, opener);
		return all;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ModelTextHover(sourceViewer, model, elements);
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new QuickFixProcessor(model, new MoveComponentFix(elements)));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
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

	/**
	 * None: the editor colours the text itself, repainting only what a check changed. The platform's default
	 * presentation reconciler has no repairers, so all it would do is clear the colours of every region it is told
	 * is damaged (a whole text when the viewer's redraw is switched back on).
	 */
	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return null;
	}
}

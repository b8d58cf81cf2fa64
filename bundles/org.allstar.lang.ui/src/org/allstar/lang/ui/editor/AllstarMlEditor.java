// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.function.Consumer;

import org.allstar.lang.ui.LanguageServices;
import org.allstar.lang.ui.folding.FoldingStructure;
import org.allstar.lang.ui.highlighting.ColourChange;
import org.allstar.lang.ui.highlighting.ReplacedRegion;
import org.allstar.lang.ui.highlighting.PresentationUpdater;
import org.allstar.lang.ui.navigation.Declaration;
import org.allstar.lang.ui.navigation.DeclarationOpener;
import org.allstar.lang.ui.navigation.ModelElements;
import org.allstar.lang.ui.outline.AllstarMlOutlinePage;
import org.allstar.lang.ui.outline.OutlineNode;
import org.allstar.lang.ui.validation.IssueAnnotations;
import org.allstar.lang.ui.validation.MarkerUpdateJob;
import org.allstar.lang.ui.validation.ModelChecker;
import org.allstar.lang.ui.validation.ReconcileJob;
import org.allstar.lang.ui.validation.Reconciliation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextListener;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.allstar.lang.ui.properties.ElementPropertySheetPage;

/**
 * The ALLSTAR-ML editor: a platform text editor (dirty state, undo/redo; workspace files are saved atomically by
 * {@link AtomicFileDocumentProvider}) whose text is checked in the background by a {@link ReconcileJob}; each check
 * recolours the text, replaces the live problem annotations, the file's Problems-view markers, the outline and the
 * folds. Open Declaration (F3, Ctrl+click), hovers and quick fixes work on the linked model of the last check.
 */
public class AllstarMlEditor extends AbstractDecoratedTextEditor {

	public static final String ID = "org.allstar.lang.ui.editor";
	/** The Format command (Ctrl+Shift+F in text editors, plugin.xml) and the editor's action for it. */
	public static final String FORMAT_COMMAND = "org.allstar.lang.ui.format";
	public static final String FORMAT_ACTION = "Format";
	/** Open Declaration (F3 in the editor's key scope, plugin.xml) and the editor's action for it. */
	public static final String OPEN_DECLARATION_COMMAND = "org.allstar.lang.ui.openDeclaration";
	public static final String OPEN_DECLARATION_ACTION = "OpenDeclaration";
	/** The editor's key-binding context (a child of the text editors' one). */
	public static final String EDITOR_SCOPE = "org.allstar.lang.ui.editorScope";

	/**
	 * System property, read when an editor starts checking: show checks as before (the benchmark's baseline, in
	 * the same run): the colours of the whole text repainted, the outline rebuilt and the folds updated in the same
	 * UI runnable as the squiggles, and the Problems-view markers written by the checking job before the squiggles.
	 */
	public static final String PREVIOUS_SHOW_PROPERTY = "allstar.editor.previousShow";

	/** One provider for every workspace model file, so editors on the same file share its document. */
	private static final IDocumentProvider ATOMIC_SAVE = new AtomicFileDocumentProvider();

	/**
	 * The provider of workspace model files' documents: other editors on a model file (the diagram editors) connect
	 * to it, so that they edit, undo and save the very document this editor shows.
	 */
	public static IDocumentProvider sharedDocumentProvider() {
		return ATOMIC_SAVE;
	}

	private final LanguageServices services = LanguageServices.shared();
	private final PresentationUpdater presentation = new PresentationUpdater();
	private volatile Path modelFile;
	private ReconcileJob reconcileJob;
	private volatile ModelChecker checker;
	private AllstarMlOutlinePage outlinePage;
	private List<OutlineNode> outline = List.of();
	private volatile Reconciliation lastReconciliation;
	private volatile ShowTimes lastShowTimes;
	/** The check whose colours the widget shows (UI thread). */
	private Reconciliation lastColoured;
	/** Set when the widget lost colours the next check's change does not cover: repaint all then (UI thread). */
	private boolean recolourAll;
	/** What the document's changes replaced since the colours were shown (UI thread). */
	private final ReplacedRegion replaced = new ReplacedRegion();
	private ReplacedTextListener replacedListener;
	private MarkerUpdateJob markers;
	private boolean previousShow;
	private volatile Reconciliation structureShown;
	private final ModelElements elements = services.get(ModelElements.class);
	private ProjectionSupport projection;
	private ModelSelectionProvider modelSelection;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		// called from the super constructor, before this class's fields are set: no field here
		setSourceViewerConfiguration(new AllstarMlSourceViewerConfiguration(getPreferenceStore(),
				LanguageServices.shared(), () -> modelFile, this::currentModel, this::open));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { EDITOR_SCOPE });
	}

	@Override
	protected void setDocumentProvider(IEditorInput input) {
		if (input instanceof IFileEditorInput) {
			setDocumentProvider(ATOMIC_SAVE);
		} else {
			setDocumentProvider((IDocumentProvider) null);
			super.setDocumentProvider(input);
		}
	}

	/** A projection viewer, so that element bodies can be folded. */
	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		getAnnotationAccess();
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		viewer.addTextListener(recolourRevealedText());
		if (getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(revealInOutline());
		}
		startReconciling();
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		stopReconciling();
		super.doSetInput(input);
		modelFile = pathOf(input);
		if (getSourceViewer() != null) {
			startReconciling();
		}
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new ContentAssistAction(new Messages(), "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		markAsStateDependentAction("ContentAssistProposal", true);
		IAction format = new Action("Format") {
			@Override
			public void run() {
				format();
			}
		};
		format.setActionDefinitionId(FORMAT_COMMAND);
		setAction(FORMAT_ACTION, format);
		markAsStateDependentAction(FORMAT_ACTION, true);
		IAction openDeclaration = new Action("Open Declaration") {
			@Override
			public void run() {
				openDeclaration();
			}
		};
		openDeclaration.setActionDefinitionId(OPEN_DECLARATION_COMMAND);
		setAction(OPEN_DECLARATION_ACTION, openDeclaration);
	}

	/**
	 * Shows the declaration of the reference at the caret (or of the element named there), in this editor or in the
	 * editor of the sibling file that declares it; says so in the status line when there is none.
	 */
	public void openDeclaration() {
		int caret = getSourceViewer().getSelectedRange().x;
		XtextResource resource = currentModel();
		var target = resource == null ? java.util.Optional.<org.eclipse.emf.ecore.EObject>empty()
				: elements.declarationAt(resource, caret);
		if (target.isEmpty()) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("No declaration here: put the caret on a name that refers to an element");
			return;
		}
		open(Declaration.of(target.get(), elements));
	}

	private void open(Declaration declaration) {
		try {
			new DeclarationOpener(getSite().getPage(), this, modelFile).open(declaration);
		} catch (PartInitException e) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("Cannot open " + declaration.file() + ": " + e.getMessage());
		}
	}

	/**
	 * The editor's selections carry the model element at the caret (they adapt to it, and through it to the
	 * Properties view's property source), for the Properties view and any view that follows the editor.
	 */
	@Override
	public ISelectionProvider getSelectionProvider() {
		ISelectionProvider text = super.getSelectionProvider();
		if (text != null && modelSelection == null) {
			modelSelection = new ModelSelectionProvider(text,
					() -> getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput()),
					this::elementAt);
		}
		return text == null ? null : modelSelection;
	}

	/**
	 * The innermost outlined element (provider, node, component, placement, flow...) around {@code offset}, from
	 * the last check; null outside any.
	 */
	public EObject elementAt(int offset) {
		OutlineNode node = OutlineNode.at(outline, offset);
		return node == null ? null : node.element();
	}

	/**
	 * The linked model of the editor's current text: the last check's when it matches the text (no parse), else a
	 * fresh parse. Any thread; the model is only read.
	 */
	public XtextResource currentModel() {
		IDocument document = getDocumentProvider() == null ? null
				: getDocumentProvider().getDocument(getEditorInput());
		if (document == null) {
			return null;
		}
		String text = document.get();
		Reconciliation last = lastReconciliation;
		if (last != null && last.resource() != null && last.text().equals(text) && checker != null
				&& checker.isUnchanged(last)) {
			return last.resource();
		}
		return services.parse(text, modelFile);
	}

	/**
	 * Rewrites the text in the standard layout as one edit (one undo step), keeping the caret near where it was;
	 * with syntax errors it changes nothing and says why in the status line.
	 */
	public void format() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		if (document == null || !isEditable()) {
			return;
		}
		String text = document.get();
		var formatted = new DocumentFormatter(services).format(text, modelFile);
		if (formatted.isEmpty()) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("Cannot format: the text has syntax errors; fix them first");
			return;
		}
		if (formatted.get().equals(text)) {
			return;
		}
		int caret = getSourceViewer().getTextWidget().getCaretOffset();
		try {
			document.replace(0, text.length(), formatted.get());
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e); // the whole document is always a valid range
		}
		selectAndReveal(Math.min(caret, formatted.get().length()), 0);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outlinePage == null) {
				outlinePage = new AllstarMlOutlinePage(node -> selectAndReveal(node.nameOffset(), node.nameLength()));
				outlinePage.setNodes(outline);
			}
			return type.cast(outlinePage);
		}
		if (type == IPropertySheetPage.class) {
			return type.cast(new ElementPropertySheetPage()); // the element at the caret, not the text, in Properties
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		stopReconciling();
		if (projection != null) {
			projection.dispose();
		}
		super.dispose();
	}

	/** The findings of the last check that matched the text (for tests and for later features such as quick fixes). */
	public Reconciliation lastReconciliation() {
		return lastReconciliation;
	}

	private void startReconciling() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		if (document == null) {
			return;
		}
		IAnnotationModel annotations = getDocumentProvider().getAnnotationModel(getEditorInput());
		IFile file = getEditorInput().getAdapter(IFile.class);
		Display display = getSourceViewer().getTextWidget().getDisplay();
		markers = file == null ? null : new MarkerUpdateJob(file);
		// annotations on the UI thread too: the viewer iterates the document's positions there, and changing them
		// from the job thread raced with it (ConcurrentModificationException in the text presentation)
		Consumer<Reconciliation> toView = result -> display.asyncExec(() -> show(result, annotations));
		List<Consumer<Reconciliation>> listeners = List.of(toView);
		previousShow = Boolean.getBoolean(PREVIOUS_SHOW_PROPERTY);
		if (markers != null && previousShow) {
			MarkerUpdateJob inCheck = markers;
			markers = null;
			listeners = List.of(toView, result -> inCheck.run(result.issues()));
		}
		checker = new ModelChecker(services);
		lastColoured = null; // a new document: the widget shows none of the old colours
		replaced.clear();
		if (replacedListener != null) {
			replacedListener.document().removeDocumentListener(replacedListener);
		}
		replacedListener = new ReplacedTextListener(document, replaced);
		document.addDocumentListener(replacedListener);
		reconcileJob = new ReconcileJob(document, checker, () -> modelFile, listeners);
		reconcileJob.start();
	}

	private void stopReconciling() {
		if (replacedListener != null) {
			replacedListener.document().removeDocumentListener(replacedListener);
			replacedListener = null;
		}
		if (reconcileJob != null) {
			reconcileJob.stop();
			reconcileJob = null;
		}
	}

	/**
	 * Shows a check (UI thread) in two steps: squiggles and colours first, the typing feedback; the outline, folds
	 * and the Problems view's markers after, in a later runnable and a job, so they never delay the squiggle.
	 */
	private void show(Reconciliation result, IAnnotationModel annotations) {
		if (getSourceViewer() == null || reconcileJob == null || !reconcileJob.isCurrent(result)) {
			return;
		}
		long start = System.nanoTime();
		if (annotations != null) {
			IssueAnnotations.replace(annotations, result.issues(), result.text().length());
		}
		lastReconciliation = result;
		outline = result.outline();
		long annotated = System.nanoTime();
		colour(result);
		long coloured = System.nanoTime();
		lastShowTimes = new ShowTimes(annotated - start, 0, coloured - annotated, 0);
		if (previousShow) {
			showStructure(result);
		} else {
			getSourceViewer().getTextWidget().getDisplay().asyncExec(() -> showStructure(result));
		}
	}

	/** The outline and folds of a check shown a moment ago, while it is still the current one. */
	private void showStructure(Reconciliation result) {
		if (getSourceViewer() == null || reconcileJob == null || lastReconciliation != result
				|| !reconcileJob.isCurrent(result)) {
			return;
		}
		long start = System.nanoTime();
		var folds = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		if (folds != null && document != null) {
			FoldingStructure.update(folds, FoldingStructure.regions(outline, document));
		}
		long folded = System.nanoTime();
		if (outlinePage != null) {
			outlinePage.setNodes(outline, previousShow);
		}
		ShowTimes shown = lastShowTimes;
		lastShowTimes = new ShowTimes(shown.annotationsNanos(), folded - start, shown.coloursNanos(),
				System.nanoTime() - folded);
		if (markers != null) {
			markers.update(result.issues()); // the Problems view follows the squiggles, off the UI thread
		}
		structureShown = result;
	}

	/**
	 * Shows the check's colours: only the region that differs from the colours on screen, and the text the
	 * document's changes replaced since (uncoloured by the widget), when those are the colours the check compared
	 * with, else (first check, a new document, a fold opened meanwhile, or
	 * {@value #PREVIOUS_SHOW_PROPERTY} set) the whole text.
	 */
	private void colour(Reconciliation result) {
		ColourChange change = result.colourChange();
		Reconciliation base = lastColoured;
		if (change != null && base != null && base.stamp() == change.baseStamp() && !recolourAll && !previousShow) {
			int start = change.offset();
			int end = change.offset() + change.length();
			if (!replaced.isEmpty()) {
				start = Math.min(start, replaced.start());
				end = Math.max(end, replaced.end());
			}
			presentation.apply(getSourceViewer(), result.highlights(), start, end - start);
		} else {
			presentation.apply(getSourceViewer(), result.highlights());
		}
		replaced.clear();
		lastColoured = result;
		recolourAll = false;
		checker.shown(result);
	}

	/**
	 * Text that appears in the widget without a document change (a fold opened, the visible region changed, the
	 * viewer's redraw switched back on after many folds changed) comes without colours: paint it from the colours
	 * on screen when they belong to the current text, else repaint everything at the next check.
	 */
	private ITextListener recolourRevealedText() {
		return event -> {
			boolean redrawn = event.getText() == null && event.getViewerRedrawState(); // redraw back on: all damaged
			boolean newText = event.getText() != null && !event.getText().isEmpty();
			if (event.getDocumentEvent() != null || !redrawn && !newText) {
				return;
			}
			Reconciliation coloured = lastColoured;
			IDocument document = getSourceViewer() == null ? null : getSourceViewer().getDocument();
			if (coloured == null || !(document instanceof IDocumentExtension4 stamped)
					|| stamped.getModificationStamp() != coloured.stamp()) {
				recolourAll = true;
				return;
			}
			if (redrawn) {
				presentation.apply(getSourceViewer(), coloured.highlights());
				return;
			}
			IRegion revealed = new Region(event.getOffset(), event.getText().length());
			if (getSourceViewer() instanceof ITextViewerExtension5 projected) {
				revealed = projected.widgetRange2ModelRange(revealed);
			}
			if (revealed != null) {
				presentation.apply(getSourceViewer(), coloured.highlights(), revealed.getOffset(),
						revealed.getLength());
			}
		};
	}

	/** Where the UI thread's time went when the last check was shown (wall-clock nanoseconds; the benchmark's). */
	public record ShowTimes(long annotationsNanos, long foldsNanos, long coloursNanos, long outlineNanos) {
	}

	/** The last check whose outline and folds are shown (the benchmark waits for it). */
	public Reconciliation structureShown() {
		return structureShown;
	}

	/** The times of showing the last check, null before the first. */
	public ShowTimes lastShowTimes() {
		return lastShowTimes;
	}

	private ISelectionChangedListener revealInOutline() {
		return event -> {
			if (outlinePage != null && event.getSelection() instanceof ITextSelection selection) {
				outlinePage.select(selection.getOffset());
			}
		};
	}

	private static Path pathOf(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null && file.getLocation() != null) {
			return file.getLocation().toPath();
		}
		if (input instanceof IPathEditorInput pathInput) {
			return pathInput.getPath().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	/** Records in {@code region} what each change of {@code document} replaced (changes come on the UI thread). */
	private record ReplacedTextListener(IDocument document, ReplacedRegion region) implements IDocumentListener {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// the region is known once the change is done
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			int textLength = event.getText() == null ? 0 : event.getText().length();
			region.replaced(event.getOffset(), event.getLength(), textLength);
		}
	}

	/** The labels of the content-assist action (the platform takes them from a resource bundle). */
	private static final class Messages extends ListResourceBundle {
		@Override
		protected Object[][] getContents() {
			return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
					{ "ContentAssistProposal.tooltip", "Content Assist" },
					{ "ContentAssistProposal.description", "Content Assist" } };
		}
	}
}

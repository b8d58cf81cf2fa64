// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.allstar.diagram.glsp.DiagramServer;
import org.allstar.diagram.glsp.OpeningTimes;
import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.model.Model;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.IElementStateListener;

import com.google.gson.Gson;

/**
 * A diagram of a model file, editing the same document as the ALLSTAR-ML text editor: the GLSP client in an SWT
 * Browser, the workbench's {@link DiagramServer} behind it ({@link #server()}). A text change re-parses in the
 * background and redraws; a diagram edit changes the document (one undo step). Dirty state and Save are the document's; the positions go
 * to the layout side file on save.
 */
public abstract class DiagramEditor extends EditorPart {

	/**
	 * {@code -Dallstar.diagram.previousOpen=true} opens as before the open benchmark's change (docs/benchmarks.md):
	 * the model is parsed only when the page asks for it. Only DiagramOpenBenchUiTest sets it, to compare in one run.
	 */
	public static final String PREVIOUS_OPEN_PROPERTY = "allstar.diagram.previousOpen";

	private static final AtomicInteger SESSIONS = new AtomicInteger();
	private static final Gson GSON = new Gson();
	private static final long REPARSE_DELAY_MS = 300;

	private final String diagramType;
	/** This editor's GLSP client session: its own, or the spare page's it took. */
	private String clientId;
	private boolean usedSparePage;
	private IDocumentProvider provider;
	private IDocument document;
	private DocumentDiagramSource source;
	private String sourceUri;
	private Browser browser;
	private PageBridge bridge;
	private ReparseJob reparse;
	private final DiagramSelection selection = new DiagramSelection();
	private final OpeningTimes openingTimes = new OpeningTimes();

	private static final ILog LOG = ILog.of(DiagramEditor.class);
	private static DiagramServer workbenchServer;

	private final IDocumentListener textChanged = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			reparse.schedule(REPARSE_DELAY_MS);
		}
	};

	private final IElementStateListener dirtyChanged = new IElementStateListener() {
		@Override
		public void elementDirtyStateChanged(Object element, boolean isDirty) {
			if (element.equals(getEditorInput())) {
				firePropertyChange(PROP_DIRTY);
			}
		}

		@Override
		public void elementContentAboutToBeReplaced(Object element) {
			// the document stays the same object; its text change re-parses
		}

		@Override
		public void elementContentReplaced(Object element) {
			firePropertyChange(PROP_DIRTY);
		}

		@Override
		public void elementDeleted(Object element) {
			if (element.equals(getEditorInput())) {
				getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(DiagramEditor.this, false));
			}
		}

		@Override
		public void elementMoved(Object originalElement, Object movedElement) {
			// a moved file keeps its document; the diagram follows on the next re-open
		}
	};

	protected DiagramEditor(String diagramType) {
		this.diagramType = diagramType;
		this.clientId = newClientId(diagramType);
	}

	/** A GLSP client session id not used before in this workbench. */
	static String newClientId(String prefix) {
		return prefix + "-" + SESSIONS.incrementAndGet();
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		openingTimes.mark("editor init");
		if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getLocation() == null) {
			throw new PartInitException("A diagram opens on a model file of the workspace (a .allstar file in a project).");
		}
		setSite(site);
		setInput(input);
		setPartName(fileInput.getFile().getName() + " (" + diagramName() + ")");
		provider = AllstarMlEditor.sharedDocumentProvider();
		try {
			provider.connect(input);
		} catch (CoreException e) {
			throw new PartInitException("Could not open " + fileInput.getFile().getFullPath() + ": " + e.getMessage(), e);
		}
		document = provider.getDocument(input);
		provider.addElementStateListener(dirtyChanged);
		Path file = fileInput.getFile().getLocation().toPath();
		sourceUri = file.toUri().toString();
		source = new DocumentDiagramSource(document, file, diagramType, this::refresh, openingTimes);
		reparse = new ReparseJob(fileInput.getFile().getName(), source, this::refresh);
		document.addDocumentListener(textChanged);
		// kept connected while the editor is open: diagram edits and Undo share the text editor's history
		DocumentUndoManagerRegistry.connect(document);
		server().sources().register(sourceUri, source);
		site.setSelectionProvider(selection);
		if (!Boolean.getBoolean(PREVIOUS_OPEN_PROPERTY)) {
			// the page takes a while to start the diagram: the model is parsed, built and laid out meanwhile, not when
			// the page asks for it; no refresh after it (ReparseJob's), as no diagram was drawn from another text yet
			Job.createSystem("Reading " + fileInput.getFile().getName() + " for its diagram", monitor -> {
				source.reparse();
				server().sources().arrangeAhead(sourceUri, diagramType);
				openingTimes.mark("diagram made ahead");
			}).schedule();
		}
	}

	/** The name of the diagram kind, for the tab and messages. */
	protected abstract String diagramName();

	@Override
	public void createPartControl(Composite parent) {
		DiagramPagePool.Spare spare = DiagramPagePool.enabled() ? DiagramPagePool.workbench().take(parent) : null;
		if (spare != null) {
			openInSparePage(spare);
		} else {
			openInOwnPage(parent);
		}
		bridge.onSelection(this::selectedInThePage);
		installGlobalActions();
	}

	/**
	 * The page's selection becomes the editor's (the Properties view shows it), and one element of the edited file is
	 * shown in the text editors open on it.
	 */
	private void selectedInThePage(List<String> ids) {
		List<Model> models = source.models();
		selection.select(ids, models);
		if (selection.getSelection() instanceof IStructuredSelection selected && selected.size() == 1
				&& selected.getFirstElement() instanceof EObject element && !models.isEmpty()
				&& element.eResource() == models.get(0).eResource()) {
			RevealInText.reveal(getSite().getPage(), getEditorInput(), element);
		}
	}

	/** As before the pool: a new Browser loads the page with this editor's diagram in its address. */
	private void openInOwnPage(Composite parent) {
		openingTimes.mark("editor creates its browser");
		browser = new Browser(parent, SWT.NONE);
		bridge = new PageBridge(browser, clientId, server(), openingTimes);
		bridge.onLoaded(this::afterFirstDrawing);
		openingTimes.mark("editor sets the page's address");
		browser.setUrl(pageFolder() + "index.html?type=" + encode(diagramType) + "&source=" + encode(sourceUri)
				+ "&client=" + encode(clientId));
	}

	/**
	 * The spare page, already loaded with GLSP initialized, now in this editor: this editor takes its client id (its
	 * GLSP session is made now, on open) and tells it which diagram to draw.
	 */
	private void openInSparePage(DiagramPagePool.Spare spare) {
		openingTimes.mark("editor takes a spare page");
		usedSparePage = true;
		browser = spare.browser();
		bridge = spare.bridge();
		clientId = bridge.clientId();
		bridge.onLoaded(this::afterFirstDrawing);
		bridge.handTo(openingTimes);
		browser.getParent().layout(true, true);
		openingTimes.mark("editor tells the page its diagram");
		// queued in the page, not run inside this call: execute waits for its script, and the page's first steps call
		// back into Java, so the workbench's open (and every message to the page after it) waited for them, about
		// 90 ms per open in a profile of the open benchmark (docs/benchmarks.md)
		browser.execute("setTimeout(function () { window.allstarOpen(" + GSON.toJson(diagramType) + ", "
				+ GSON.toJson(sourceUri) + "); }, 0);");
	}

	/** The next editor finds a page ready: the pool makes one once this open has drawn. */
	private void afterFirstDrawing() {
		if (DiagramPagePool.enabled()) {
			DiagramPagePool.workbench().prepareSoon();
		}
	}

	/** Whether this editor opened in a spare page of the {@link DiagramPagePool} (tests, the open benchmark). */
	public boolean usedSparePage() {
		return usedSparePage;
	}

	/**
	 * The workbench's key bindings reach the editor before the page: Undo and Redo are the document's (so one
	 * history for text and diagram), Delete deletes the diagram's selection through GLSP.
	 */
	private void installGlobalActions() {
		IActionBars bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), run("Undo", () -> undoManager().undo()));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), run("Redo", () -> undoManager().redo()));
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), run("Delete", () -> page("deleteSelected()")));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), run("Select All", () -> page("selectAll()")));
		// F2: the name of the selected element, edited in place; the server renames it in the text
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), run("Rename", () -> page("editSelectedName()")));
		bars.updateActionBars();
	}

	/** Calls the page's API (app.ts); nothing while the page is still loading. */
	private void page(String call) {
		browser.execute("window.allstar && window.allstar." + call + ";");
	}

	/** The diagram as SVG, made by the page (UI thread); it completes on the UI thread. */
	public CompletableFuture<String> svg() {
		return bridge.svg();
	}

	/** A file name for an export of this diagram: {@code livestory-application.svg}. */
	public String exportName(String extension) {
		String name = getEditorInput().getName();
		String base = name.endsWith(".allstar") ? name.substring(0, name.length() - ".allstar".length()) : name;
		return base + "-" + diagramName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "." + extension;
	}

	private IDocumentUndoManager undoManager() {
		return DocumentUndoManagerRegistry.getDocumentUndoManager(document);
	}

	/** A step that may fail as undo and redo do. */
	@FunctionalInterface
	private interface Step {
		void run() throws ExecutionException;
	}

	private Action run(String label, Step step) {
		return new Action(label) {
			@Override
			public void run() {
				try {
					step.run();
				} catch (ExecutionException e) {
					report(Status.error(label + " failed in " + getEditorInput().getName() + ": " + e.getMessage()
							+ ". Use the text editor's " + label + " instead.", e));
				}
			}
		};
	}

	/** The page's folder as a file URL: from a jar, the page's script, style and font are extracted with it. */
	static String pageFolder() {
		try {
			return FileLocator.toFileURL(Platform.getBundle("org.allstar.diagram.ui").getEntry("web/")).toString();
		} catch (IOException e) {
			throw new IllegalStateException("The diagram page is missing from org.allstar.diagram.ui (web/index.html);"
					+ " reinstall ALLSTAR Studio.", e);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Asks the session for a new graph from the source's models (any thread). */
	void refresh() {
		server().refresh(clientId);
	}

	/** The browser showing the page (tests read the drawing from it). */
	public Browser browser() {
		return browser;
	}


	/**
	 * The workbench's GLSP server, which every diagram editor shares, started on first use (UI thread); the causes of
	 * its failed requests go to the workbench's log.
	 */
	static synchronized DiagramServer server() {
		if (workbenchServer == null) {
			workbenchServer = new DiagramServer((clientId, failure) -> LOG
					.error("The diagram server failed a request of " + clientId, failure));
		}
		return workbenchServer;
	}
	/** When the steps of opening this editor happened (the open benchmark reads them). */
	public OpeningTimes openingTimes() {
		return openingTimes;
	}

	/** Whether the page finished loading its first diagram. */
	public boolean loaded() {
		return bridge != null && bridge.loaded();
	}

	/** The last error the page reported, or null. */
	public String pageError() {
		return bridge == null ? null : bridge.error();
	}

	/** The errors the page's console showed (GLSP's client logs there), oldest first. */
	public List<String> pageConsoleErrors() {
		return bridge == null ? List.of() : bridge.consoleErrors();
	}

	/** The ids selected in the diagram, as last reported by the page. */
	public List<String> selectedIds() {
		return selection.ids();
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public boolean isDirty() {
		return provider != null && provider.canSaveDocument(getEditorInput());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			provider.aboutToChange(getEditorInput());
			provider.saveDocument(monitor, getEditorInput(), document, false);
			source.saveLayout();
		} catch (CoreException e) {
			report(e.getStatus());
		} catch (IOException e) {
			report(Status.error("Saved the model, but not the diagram's positions to "
					+ source.layoutPath() + ": " + e.getMessage() + ". Check the folder's permissions and save again.", e));
		} finally {
			provider.changed(getEditorInput());
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void report(IStatus status) {
		org.eclipse.ui.statushandlers.StatusManager.getManager().handle(status,
				org.eclipse.ui.statushandlers.StatusManager.SHOW | org.eclipse.ui.statushandlers.StatusManager.LOG);
	}

	@Override
	public void doSaveAs() {
		// Save As belongs to the text editor: the diagram shows the file it was opened on
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		if (reparse != null) {
			reparse.cancel();
		}
		if (document != null) {
			document.removeDocumentListener(textChanged);
			DocumentUndoManagerRegistry.disconnect(document);
		}
		if (provider != null) {
			provider.removeElementStateListener(dirtyChanged);
			provider.disconnect(getEditorInput());
		}
		server().disconnect(clientId);
		if (sourceUri != null) {
			server().sources().unregister(sourceUri);
		}
		super.dispose();
	}
}

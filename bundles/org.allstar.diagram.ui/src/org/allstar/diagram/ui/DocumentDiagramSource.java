// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.diagram.edit.TextReplacement;
import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.glsp.OpeningTimes;
import org.allstar.diagram.layout.DiagramLayout;
import org.allstar.diagram.layout.LayoutFile;
import org.allstar.lang.ui.LanguageServices;
import org.allstar.model.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A diagram's view of a model file's document, the very document the text editor shows: the models of its text as
 * last parsed, its positions from the layout side file, and diagram edits applied to the document. Parsing runs on
 * the caller's thread (a job or GLSP's), document changes on the UI thread.
 */
final class DocumentDiagramSource implements DiagramSource {

	private final IDocument document;
	private final Path file;
	private final String diagram;
	private final LayoutFile layoutFile;
	/** Called after each re-parse made by a diagram edit, so the host refreshes its diagram. */
	private final Runnable reparsed;
	private final OpeningTimes times;
	private volatile Parsed parsed = new Parsed(null, List.of());
	private volatile DiagramLayout layout;
	private volatile boolean layoutUnsaved;

	/** The models of one text. */
	private record Parsed(String text, List<Model> models) {
	}

	DocumentDiagramSource(IDocument document, Path file, String diagram, Runnable reparsed, OpeningTimes times) {
		this.document = document;
		this.times = times;
		this.file = file;
		this.diagram = diagram;
		this.layoutFile = LayoutFile.besides(file);
		this.reparsed = reparsed;
		this.layout = readLayout();
	}

	private DiagramLayout readLayout() {
		try {
			return layoutFile.read(diagram);
		} catch (IOException e) {
			return DiagramLayout.EMPTY; // positions are a convenience: without them the diagram is laid out anew
		}
	}

	/**
	 * Parses the document's current text unless it is the text parsed last; true when the models changed. Any
	 * thread (IDocument.get is a copy of the text). One parse at a time: the model request that comes while the
	 * opening's parse runs waits for it instead of parsing the same text again.
	 */
	synchronized boolean reparse() {
		String text = document.get();
		if (text.equals(parsed.text())) {
			return false;
		}
		times.mark("parse starts");
		XtextResource resource = LanguageServices.shared().parse(text, file);
		List<Model> models = new ArrayList<>();
		resource.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast).forEach(models::add);
		for (Resource other : resource.getResourceSet().getResources()) {
			if (other != resource) {
				other.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast)
						.forEach(models::add);
			}
		}
		parsed = new Parsed(text, List.copyOf(models));
		times.mark("parse done");
		return true;
	}

	@Override
	public List<Model> models() {
		if (parsed.text() == null) {
			reparse();
		}
		return parsed.models();
	}

	@Override
	public DiagramLayout layout() {
		return layout;
	}

	@Override
	public void layoutChanged(DiagramLayout changed) {
		layout = changed;
		layoutUnsaved = true;
	}

	/** Writes the positions to the side file when they changed since the last write (on save of the model). */
	void saveLayout() throws IOException {
		if (layoutUnsaved) {
			layoutFile.write(diagram, layout);
			layoutUnsaved = false;
		}
	}

	Path layoutPath() {
		return layoutFile.path();
	}

	@Override
	public String text() {
		return document.get();
	}

	@Override
	public void applyEdit(String label, TextReplacement edit) {
		RuntimeException[] failure = new RuntimeException[1];
		Display.getDefault().syncExec(() -> failure[0] = replace(label, edit));
		if (failure[0] != null) {
			throw failure[0];
		}
		reparse();
		reparsed.run();
	}

	/** One replacement, one undo step named by the edit (the text editor's Undo menu shows it). */
	private RuntimeException replace(String label, TextReplacement edit) {
		// connected by the editor while it is open, so the history outlives this edit
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		try {
			undo.beginCompoundChange();
			document.replace(edit.offset(), edit.length(), edit.text());
			return null;
		} catch (BadLocationException e) {
			return new IllegalStateException("The diagram edit '" + label + "' does not fit the text of " + file
					+ " any more (it changed meanwhile); repeat the edit.", e);
		} finally {
			undo.endCompoundChange();
		}
	}

}

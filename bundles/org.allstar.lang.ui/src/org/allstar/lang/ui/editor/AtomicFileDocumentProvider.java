// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.allstar.lang.load.AtomicFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

/**
 * The editor's document provider for workspace files: save never leaves a half-written model. The platform's save
 * ({@code IFile.setContents}, through file buffers or {@link FileDocumentProvider}) opens the file itself for
 * writing, which truncates it first, so a full disk or an I/O error in the middle leaves part of the text. Here the
 * text goes to a temporary file next to it that is moved over the file ({@link AtomicFiles}); the workspace is then
 * refreshed and the provider's stamp updated, so the editor does not take its own save for a change on disk. On a
 * failure the file keeps its old text, the editor stays dirty and the error names the file and what to do.
 */
public class AtomicFileDocumentProvider extends FileDocumentProvider {

	/** Writes a text to a file atomically (replaced in tests to make a save fail). */
	@FunctionalInterface
	public interface Writer {
		void write(Path file, String text) throws IOException;
	}

	private final Writer writer;

	public AtomicFileDocumentProvider() {
		this(AtomicFiles::write);
	}

	public AtomicFileDocumentProvider(Writer writer) {
		this.writer = writer;
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		if (!(element instanceof IFileEditorInput input) || !input.getFile().exists()
				|| input.getFile().getLocation() == null) {
			super.doSaveDocument(monitor, element, document, overwrite); // a new file: created by the platform
			return;
		}
		IFile file = input.getFile();
		if (!overwrite && !isSynchronized(element)) {
			throw new CoreException(Status.error(file.getFullPath()
					+ " was changed on disk since it was opened; reload it or save over it (File > Save As)."));
		}
		try {
			writer.write(file.getLocation().toPath(), document.get());
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error("Could not save " + file.getFullPath() + ": " + e.getMessage()
					+ ". The file still has its previous text; free disk space or check the folder's permissions,"
					+ " then save again.", e));
		}
		file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		if (getElementInfo(element) instanceof FileInfo info) {
			info.fModificationStamp = computeModificationStamp(file);
		}
	}

	/** The save moves a file into the folder and refreshes it, so it needs the refresh rule too. */
	@Override
	protected ISchedulingRule getSaveRule(Object element) {
		if (element instanceof IFileEditorInput input) {
			IResourceRuleFactory rules = input.getFile().getWorkspace().getRuleFactory();
			return MultiRule.combine(rules.modifyRule(input.getFile()), rules.refreshRule(input.getFile()));
		}
		return super.getSaveRule(element);
	}

	/** A document that can share its lock with the annotation model (see {@link LockedDocument}). */
	@Override
	protected IDocument createEmptyDocument() {
		return new LockedDocument();
	}

	/** Markers change the annotation model in background threads: it takes the document's lock for that. */
	@Override
	protected ElementInfo createElementInfo(Object element) throws CoreException {
		ElementInfo info = super.createElementInfo(element);
		if (info != null && info.fDocument instanceof ISynchronizable document
				&& info.fModel instanceof ISynchronizable model) {
			model.setLockObject(document.getLockObject());
		}
		return info;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.rename;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allstar.lang.ui.FolderModels;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The current texts of a folder's model files: an open editor's document where there is one (its unsaved changes
 * count), else the file's contents. Keyed by the URIs the language uses for them (file system URIs).
 */
final class ModelTexts {
	/** A model file, its text, and the open document it comes from (null: from the file). */
	record Source(IFile file, String text, IDocument document) {
	}

	private ModelTexts() {
	}

	/** Call on the UI thread (open editors are read). */
	static Map<URI, Source> of(IContainer folder, IWorkbench workbench) throws CoreException {
		Map<URI, Source> sources = new LinkedHashMap<>();
		for (java.nio.file.Path path : FolderModels.files(folder)) {
			IFile file = folder.getFile(org.eclipse.core.runtime.IPath.fromOSString(path.getFileName().toString()));
			IDocument document = openDocument(file, workbench);
			sources.put(URI.createFileURI(path.toAbsolutePath().toString()),
					new Source(file, document != null ? document.get() : contents(file), document));
		}
		return sources;
	}

	static String contents(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}

	/** The document of an editor open on {@code file} in any window, or null. */
	static IDocument openDocument(IFile file, IWorkbench workbench) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart editor = reference.getEditor(false);
					if (editor instanceof ITextEditor text && file.equals(editor.getEditorInput().getAdapter(IFile.class))) {
						return text.getDocumentProvider().getDocument(editor.getEditorInput());
					}
				}
			}
		}
		return null;
	}
}

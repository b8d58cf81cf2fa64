// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.editor.AtomicFileDocumentProvider;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Save never leaves a half-written model: the editor saves through {@link AtomicFileDocumentProvider}, a save
 * writes the whole text, and a save that fails half-way leaves the old file and a dirty document with an error
 * that names the file and what to do.
 */
class AtomicSaveUiTest {

	private IProject project;
	private IFile file;
	private IWorkbenchPage page;

	@BeforeEach
	void openProject() throws Exception {
		project = Workbench.exampleProject("atomic-save", "hello-edge");
		file = project.getFile("hello.allstar");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void saveWritesTheWholeTextAndKeepsTheEditorInSync() throws Exception {
		AllstarMlEditor editor = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page, file));
		assertInstanceOf(AtomicFileDocumentProvider.class, editor.getDocumentProvider());
		IDocument document = Workbench.documentOf(editor);
		document.replace(0, 0, "// first save\n");
		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(document.get(), contents());
		assertTrue(((IDocumentProviderExtension3) editor.getDocumentProvider()).isSynchronized(editor.getEditorInput()),
				"the editor does not take its own save for a change on disk");
		document.replace(0, 0, "// second save\n");
		editor.doSave(null);
		assertFalse(editor.isDirty(), "a second save is not refused as a conflict");
		assertEquals(document.get(), contents());
		Workbench.screenshot("editor-after-atomic-save.png");
	}

	@Test
	void aSaveFailingHalfWayKeepsTheOldFileAndTheEditorDirty() throws Exception {
		String before = contents();
		AtomicFileDocumentProvider provider = new AtomicFileDocumentProvider(AtomicSaveUiTest::failHalfWay);
		FileEditorInput input = new FileEditorInput(file);
		provider.connect(input);
		try {
			IDocument document = provider.getDocument(input);
			document.replace(0, 0, "// not saved\n");
			CoreException failure = assertThrows(CoreException.class,
					() -> provider.saveDocument(null, input, document, false));
			assertEquals(before, contents(), "the file keeps its old text");
			assertTrue(provider.canSaveDocument(input), "the document is still dirty");
			String message = failure.getStatus().getMessage();
			assertTrue(message.contains("/atomic-save/hello.allstar") && message.contains("No space left on device")
					&& message.contains("still has its previous text"), message);
		} finally {
			provider.disconnect(input);
		}
	}

	/** A write that runs out of disk space half-way through the temporary file. */
	private static void failHalfWay(Path target, String text) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), ".half", ".tmp");
		try {
			Files.writeString(temporary, text.substring(0, text.length() / 2));
			throw new IOException("No space left on device");
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private String contents() throws Exception {
		return Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
	}
}

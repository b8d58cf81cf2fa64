// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.rename.ElementRename;
import org.allstar.lang.ui.rename.RenameDialog;
import org.allstar.lang.ui.rename.RenameHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rename Element on the MOG example: a provider renamed from a reference in the open deployment file is renamed
 * in its declaration and every reference of the other (unopened) files too, qualified ones included, as one
 * undoable operation; the dialog refuses names that are not identifiers or are taken.
 */
class RenameUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
	private IProject project;
	private AllstarMlEditor editor;
	private IDocument deployment;

	@BeforeEach
	void openTheDeployment() throws Exception {
		project = Workbench.exampleProject("mog-rename", "mog-live");
		editor = assertInstanceOf(AllstarMlEditor.class, IDE.openEditor(page, project.getFile("deployment.allstar")));
		Workbench.waitForCheck(editor);
		deployment = Workbench.documentOf(editor);
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void aProviderIsRenamedInEveryFileAsOneUndoableChange() throws Exception {
		String providersBefore = contents("providers.allstar");
		String slaBefore = contents("sla.allstar");
		String deploymentBefore = deployment.get();
		ElementRename rename = renameAt("transcoder on AwsFrankfurt", "transcoder on ".length());
		assertEquals("provider AwsFrankfurt", rename.describe(), "a reference names the element it refers to");

		assertTrue(RenameHandler.perform(rename, "AwsBerlin", workbench, page.getWorkbenchWindow().getShell()));
		String providers = contents("providers.allstar");
		assertTrue(providers.contains("provider AwsBerlin {"), "the declaration, in a file nobody opened");
		assertEquals(3, count(providers, "AwsBerlin."), "the qualified references of the links");
		assertFalse(providers.contains("AwsFrankfurt"));
		assertTrue(deployment.get().contains("transcoder on AwsBerlin.gpuVm"), "the open editor's text");
		assertFalse(deployment.get().contains("AwsFrankfurt"));
		assertTrue(editor.isDirty(), "the open file is changed as by typing, saved by the user");
		assertFalse(contents("sla.allstar").contains("AwsFrankfurt"));
		assertEquals(providersBefore.replace("AwsFrankfurt", "AwsBerlin"), providers, "nothing else changed");
		Workbench.waitForCheck(editor);
		assertEquals(java.util.List.of(), Workbench.errorMarkers(project.getFile("deployment.allstar")).stream()
				.map(m -> m.getAttribute("message", "")).filter(m -> m.contains("resolve")).toList(), "every link holds");
		Workbench.screenshot("rename-done.png");

		workbench.getOperationSupport().getOperationHistory().undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
		assertEquals(providersBefore, contents("providers.allstar"));
		assertEquals(slaBefore, contents("sla.allstar"));
		assertEquals(deploymentBefore, deployment.get());
	}

	@Test
	void newNamesAreChecked() throws Exception {
		ElementRename rename = renameAt("transcoder on AwsFrankfurt", "transcoder on ".length());
		assertTrue(rename.problemWith("PortoEdge").orElseThrow().contains("already a provider called PortoEdge"));
		assertTrue(rename.problemWith("9lives").orElseThrow().contains("not a name"));
		assertTrue(rename.problemWith("").isPresent());
		assertTrue(rename.problemWith("AwsBerlin").isEmpty());

		RenameDialog dialog = new RenameDialog(page.getWorkbenchWindow().getShell(), rename);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = find(dialog.getShell(), Text.class, c -> true);
			Button ok = find(dialog.getShell(), Button.class,
					c -> Integer.valueOf(IDialogConstants.OK_ID).equals(c.getData()));
			assertEquals("AwsFrankfurt", name.getText());
			assertFalse(ok.isEnabled(), "the old name renames nothing");
			name.setText("PortoEdge");
			assertFalse(ok.isEnabled());
			Workbench.screenshot("rename-dialog-taken.png");
			name.setText("AwsBerlin");
			assertTrue(ok.isEnabled());
		} finally {
			dialog.close();
		}

		// unsaved and broken: the rename reads the editor's text, and refuses
		deployment.replace(deployment.getLength(), 0, "\n}\n");
		ElementRename broken = renameAt("transcoder on AwsFrankfurt", "transcoder on ".length());
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> broken.operation("AwsBerlin", WorkspaceUndoUtil.getWorkspaceUndoContext()));
		assertTrue(refused.getMessage().contains("deployment.allstar has syntax errors"), refused.getMessage());
	}

	@Test
	void altShiftRRenamesInTheEditor() {
		page.activate(editor);
		IBindingService bindings = workbench.getService(IBindingService.class);
		assertTrue(Arrays.stream(bindings.getActiveBindingsFor(RenameHandler.COMMAND)).map(Object::toString)
				.anyMatch(key -> key.equalsIgnoreCase("Alt+Shift+R")), Arrays.toString(bindings.getActiveBindingsFor(RenameHandler.COMMAND)));
	}

	private ElementRename renameAt(String context, int into) throws CoreException {
		int offset = deployment.get().indexOf(context) + into;
		return ElementRename.at(project.getFile("deployment.allstar"), offset, workbench).orElseThrow();
	}

	private String contents(String file) throws CoreException {
		IFile model = project.getFile(file);
		try (var in = model.getContents(true)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<Control> match) {
		if (type.isInstance(control) && match.test(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, match);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

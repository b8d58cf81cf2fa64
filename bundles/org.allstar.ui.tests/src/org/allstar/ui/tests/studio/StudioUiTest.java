// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.allstar.ui.tests.Workspaces;
import org.allstar.ui.StudioIds;
import org.allstar.ui.wizards.NewProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The studio in a running workbench (the IDE application of the UI harness, with org.allstar.ui installed): the three
 * perspectives with their views and shortcuts, the ALLSTAR menu, the New ALLSTAR project wizard end to end and the
 * welcome page's buttons. Screenshots go to target/.
 */
class StudioUiTest {
	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void activeWindow() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
	}

	@AfterEach
	void cleanUp() throws CoreException {
		page.closeAllEditors(false);
		Workspaces.deleteAllProjects();
	}

	@Test
	void theThreePerspectivesOpenWithTheirViews() throws Exception {
		expectPerspective(StudioIds.MODELING_PERSPECTIVE, "modeling.png", IPageLayout.ID_PROJECT_EXPLORER,
				IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW);
		assertTrue(Arrays.asList(page.getNewWizardShortcuts()).contains(StudioIds.NEW_PROJECT_WIZARD),
				"File > New offers the ALLSTAR project");
		expectPerspective(StudioIds.MARKETPLACE_PERSPECTIVE, "marketplace.png", IPageLayout.ID_PROJECT_EXPLORER,
				StudioIds.CATALOGUE_VIEW, StudioIds.CONTRACTS_VIEW, StudioIds.WITNESS_TASKS_VIEW);
		expectPerspective(StudioIds.OPERATIONS_PERSPECTIVE, "operations.png", IPageLayout.ID_PROJECT_EXPLORER,
				StudioIds.DEPLOYMENTS_VIEW, StudioIds.DIAGNOSTICS_VIEW, IPageLayout.ID_PROBLEM_VIEW);
		MenuItem[] menus = window.getShell().getMenuBar().getItems();
		assertTrue(Stream.of(menus).anyMatch(m -> m.getText().replace("&", "").equals("ALLSTAR")),
				"the ALLSTAR menu: " + Stream.of(menus).map(MenuItem::getText).toList());
	}

	private void expectPerspective(String id, String screenshot, String... views) throws Exception {
		PlatformUI.getWorkbench().showPerspective(id, window);
		page.resetPerspective();
		Ui.settle(300);
		assertEquals(id, page.getPerspective().getId());
		assertEquals(List.of(StudioIds.MODELING_PERSPECTIVE, StudioIds.MARKETPLACE_PERSPECTIVE,
				StudioIds.OPERATIONS_PERSPECTIVE), List.of(page.getPerspectiveShortcuts()), "switcher shortcuts of " + id);
		for (String view : views) {
			if (PlatformUI.getWorkbench().getViewRegistry().find(view) != null) {
				assertNotNull(page.findViewReference(view), view + " in " + id);
			} // else: the bundle contributing the view is not in this build; the perspective shows a placeholder
		}
		Ui.screenshot(screenshot);
	}

	@Test
	void theNewProjectWizardCopiesTheExampleAndOpensItsModel() throws Exception {
		ResourcesPlugin.getWorkspace().getRoot().getProject("taken").create(null);
		NewProjectWizard wizard = new NewProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = Ui.find(dialog.getShell(), "name", Text.class);
			org.eclipse.swt.widgets.List examples = Ui.find(dialog.getShell(), "example", org.eclipse.swt.widgets.List.class);
			Button finish = Ui.dialogButton(dialog.getShell(), IDialogConstants.FINISH_ID);
			examples.select(Arrays.asList(examples.getItems()).indexOf("mog-live"));
			examples.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertEquals("mog-live", name.getText(), "the name follows the example");
			name.setText("Taken");
			assertFalse(finish.isEnabled(), "a name the workspace has (in any case) is refused");
			assertTrue(dialog.getCurrentPage().getErrorMessage().contains("already exists"));
			name.setText("a/b");
			assertFalse(finish.isEnabled(), "an illegal name is refused");
			name.setText("");
			assertFalse(finish.isEnabled(), "an empty name is refused");
			name.setText("live-story");
			assertTrue(finish.isEnabled());
			assertNull(dialog.getCurrentPage().getErrorMessage());
			Ui.screenshot("new-project-wizard.png");
			Ui.press(finish);
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("live-story");
		IFile model = project.getFile("livestory.allstar");
		Ui.waitUntil("the model open in an editor", () -> editorOf(model) != null);
		assertEquals(StudioIds.EDITOR, editorOf(model).getId(), "the ALLSTAR-ML editor");
		Path example = Path.of(System.getProperty("allstar.test.examples"), "mog-live");
		try (Stream<Path> files = Files.list(example)) {
			for (Path file : files.toList()) {
				IFile copy = project.getFile(file.getFileName().toString());
				assertTrue(copy.exists(), copy + " copied");
				assertArrayEquals(Files.readAllBytes(file), copy.getContents().readAllBytes(), copy + " unchanged");
			}
		}
		Ui.screenshot("new-project-opened.png");
	}

	@Test
	void theWelcomePageSwitchesPerspectivesAndOpensAnExample() throws Exception {
		PlatformUI.getWorkbench().showPerspective(StudioIds.MODELING_PERSPECTIVE, window);
		page.showView(StudioIds.WELCOME_VIEW);
		Ui.screenshot("welcome.png");
		Ui.press(Ui.find(window.getShell(), "perspective." + StudioIds.OPERATIONS_PERSPECTIVE, Button.class));
		assertEquals(StudioIds.OPERATIONS_PERSPECTIVE, page.getPerspective().getId());
		PlatformUI.getWorkbench().showPerspective(StudioIds.MODELING_PERSPECTIVE, window);
		page.showView(StudioIds.WELCOME_VIEW);
		Ui.press(Ui.find(window.getShell(), "example.hello-edge", Button.class));
		IFile model = ResourcesPlugin.getWorkspace().getRoot().getProject("hello-edge").getFile("hello.allstar");
		Ui.waitUntil("hello.allstar open in an editor", () -> editorOf(model) != null);
		assertEquals(StudioIds.EDITOR, editorOf(model).getId());
	}

	private IEditorReference editorOf(IFile file) {
		for (IEditorReference editor : page.getEditorReferences()) {
			try {
				if (editor.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput input && input.getFile().equals(file)) {
					return editor;
				}
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		}
		return null;
	}
}

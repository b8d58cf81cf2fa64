// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.allstar.plan.ui.NewDeploymentPlanWizard;
import org.allstar.ui.preferences.StudioPreferences;
import org.allstar.ui.tests.TestSecureStorage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File > New > ALLSTAR lists the studio's wizards; the Deployment Plan one plans the selected model's folder. */
class NewWizardsUiTest {
	private static final String CATEGORY = "org.allstar.ui.wizards";
	private static final String PLAN = "org.allstar.plan.ui.newDeploymentPlan";

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
	private IProject project;
	private IFile model;
	private WizardDialog dialog;

	@BeforeEach
	void createProject() throws Exception {
		StudioPreferences.useSecureStorage(TestSecureStorage.open());
		String text = Files.readString(Path.of(System.getProperty("allstar.test.examples"), "hello-edge", "hello.allstar"));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-plan");
		project.create(null);
		project.open(null);
		model = project.getFile("hello.allstar");
		model.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		page.closeAllEditors(false);
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		project.delete(true, true, null);
		StudioPreferences.useSecureStorage(null);
	}

	@Test
	void theAllstarCategoryListsTheProjectAndTheDeploymentPlan() {
		IWizardCategory category = workbench.getNewWizardRegistry().findCategory(CATEGORY);
		assertNotNull(category, "File > New has the ALLSTAR category");
		assertEquals("ALLSTAR", category.getLabel());
		List<String> labels = Arrays.stream(category.getWizards()).map(IWizardDescriptor::getLabel).toList();
		assertTrue(labels.containsAll(List.of("ALLSTAR project", "ALLSTAR Deployment Plan")), labels.toString());
		assertTrue(workbench.getNewWizardRegistry().findWizard(PLAN).getDescription().contains("planned"));
	}

	@Test
	void theDeploymentPlanWizardPlansTheSelectedModelsFolder() throws Exception {
		NewDeploymentPlanWizard wizard = open(new StructuredSelection(model));
		assertNotNull(wizard.plan(), "the selection named the models");
		assertEquals("objective", dialog.getCurrentPage().getName(), "the plan wizard's first page");
		assertEquals(3, wizard.getPageCount());
		assertFalse(wizard.canFinish(), "nothing planned yet");
		screenshot(dialog.getShell(), "new-deployment-plan.png");
	}

	@Test
	void withoutAModelItSaysWhatToSelect() throws Exception {
		NewDeploymentPlanWizard wizard = open(StructuredSelection.EMPTY);
		assertTrue(dialog.getCurrentPage().getErrorMessage().contains("Select an .allstar file"),
				dialog.getCurrentPage().getErrorMessage());
		assertFalse(wizard.canFinish());
	}

	/** The wizard as File > New makes it: from the registry's descriptor, initialised with the selection. */
	private NewDeploymentPlanWizard open(StructuredSelection selection) throws Exception {
		IWorkbenchWizard created = workbench.getNewWizardRegistry().findWizard(PLAN).createWizard();
		created.init(workbench, selection);
		dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), created);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (NewDeploymentPlanWizard) created;
	}

	private static void screenshot(Shell shell, String name) {
		var display = shell.getDisplay();
		long until = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		var bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(System.getProperty("allstar.test.screenshots", "target"), name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.ui.FolderModels;
import org.allstar.model.Deployment;
import org.allstar.plan.ui.PlanCapacityWizard;
import org.allstar.plan.ui.PlanScope;
import org.allstar.ui.preferences.StudioPreferences;
import org.allstar.ui.tests.TestSecureStorage;
import org.allstar.verify.Finding;
import org.allstar.verify.ReputationSource;
import org.allstar.verify.Verifier;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Plan Capacity wizard end to end on examples/hello-edge: the objective prefilled from the preferences and
 * checked, the real planner run in a job, the plan reviewed, the deployment written into a new file that then loads
 * without errors and passes the verifier, and opened in the editor. An infeasible budget shows the conflict instead.
 */
class PlanCapacityWizardUiTest {

	private IProject project;
	private IFile model;
	private IWorkbenchPage page;
	private Ui.Dialog dialog;

	@BeforeEach
	void createProject() throws Exception {
		StudioPreferences.useSecureStorage(TestSecureStorage.open());
		StudioPreferences.set(StudioPreferences.PLANNER_OBJECTIVE, "price=1,latency=0.5");
		String text = Files.readString(Path.of(System.getProperty("allstar.test.examples"), "hello-edge", "hello.allstar"));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("plan-hello");
		if (project.exists()) project.delete(true, true, null);
		project.create(null);
		project.open(null);
		model = project.getFile("hello.allstar");
		model.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null) dialog.close();
		page.closeAllEditors(false);
		project.delete(true, true, null);
		StudioPreferences.set(StudioPreferences.PLANNER_OBJECTIVE, null);
		StudioPreferences.useSecureStorage(null);
	}

	private PlanCapacityWizard open() throws Exception {
		PlanCapacityWizard wizard = new PlanCapacityWizard(PlanScope.load(model, CancelIndicator.NullImpl), ReputationSource.NONE, page);
		dialog = new Ui.Dialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.open();
		return wizard;
	}

	@Test
	void plansReviewsWritesAndOpensAVerifiedDeployment() throws Exception {
		PlanCapacityWizard wizard = open();
		IWizardPage objective = wizard.getPage("objective");
		assertEquals("1", Ui.fieldAfter(objective.getControl(), "&Price weight:", Text.class).getText(), "prefilled from the preference");
		assertEquals("0.5", Ui.fieldAfter(objective.getControl(), "&Latency weight:", Text.class).getText());
		Text energy = Ui.fieldAfter(objective.getControl(), "&Energy weight:", Text.class);
		energy.setText("-1");
		assertFalse(objective.isPageComplete(), "a negative weight is refused");
		assertTrue(objective.getErrorMessage().contains("energy"), objective.getErrorMessage());
		energy.setText("0.2");
		assertTrue(objective.isPageComplete(), String.valueOf(objective.getErrorMessage()));
		Ui.fieldAfter(objective.getControl(), "&Time limit (s):", Spinner.class).setSelection(10);
		Ui.screenshot(dialog.getShell(), "plan-wizard-objective.png");

		dialog.next();
		IWizardPage plan = wizard.getPage("plan");
		Ui.waitUntil("the plan", () -> plan.isPageComplete() || plan.getErrorMessage() != null);
		assertNull(plan.getErrorMessage());
		List<Table> tables = Ui.all(plan.getControl(), Table.class, t -> true);
		TableItem placement = tables.get(0).getItem(0);
		assertEquals("web", placement.getText(0));
		assertEquals("CornerShop.box", placement.getText(2));
		String figures = Ui.all(plan.getControl(), Label.class, l -> l.getText().startsWith("status:")).get(0).getText();
		assertTrue(figures.startsWith("status: optimal") && figures.contains("price: 14.6"), figures);
		assertTrue(Arrays.stream(tables.get(1).getItems()).anyMatch(i -> i.getText().equals("verifier: the planned deployment passes every rule")));
		Ui.screenshot(dialog.getShell(), "plan-wizard-plan.png");

		dialog.next();
		IWizardPage target = wizard.getPage("target");
		List<Text> fields = Ui.all(target.getControl(), Text.class, t -> (t.getStyle() & SWT.MULTI) == 0);
		fields.get(0).setText("greeter-plan.allstar");
		fields.get(1).setText("nearby");
		String preview = Ui.all(target.getControl(), Text.class, t -> (t.getStyle() & SWT.MULTI) != 0).get(0).getText();
		assertTrue(preview.contains("package hello\n") && preview.contains("deployment nearby of Greeter {\n  web on CornerShop.box\n}\n"), preview);
		fields.get(1).setText("local");
		assertFalse(target.isPageComplete(), "'local' exists in hello.allstar: a second one would clash");
		fields.get(1).setText("nearby");
		Ui.screenshot(dialog.getShell(), "plan-wizard-write.png");
		dialog.finish();

		assertNull(dialog.getShell(), "Finish closes the wizard");
		IFile written = project.getFile("greeter-plan.allstar");
		assertEquals(written, wizard.written());
		String text = new String(written.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(preview, text, "the file is what the preview showed");
		assertTrue(text.startsWith("// Planned by allstar plan (objective price=1,latency=0.5,energy=0.2): optimal"), text);
		LoadedModels loaded = FolderModels.load(project, CancelIndicator.NullImpl);
		assertEquals(List.of(), loaded.diagnostics().stream().filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR).toList());
		Deployment nearby = loaded.named(Deployment.class, "nearby").get(0);
		assertEquals(List.of(), new Verifier().verify(loaded.models(), List.of(nearby)).stream()
				.filter(f -> f.severity() == Finding.Severity.ERROR).toList(), "the written deployment verifies");
		assertNotNull(page.getActiveEditor());
		assertEquals(written, page.getActiveEditor().getEditorInput().getAdapter(IFile.class), "the new file is open");
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "plan-wizard-written.png");
	}

	@Test
	void theCommandOpensTheWizardOnTheEditorsFile() throws Exception {
		IDE.openEditor(page, model);
		String[] seen = { null };
		Display display = Display.getCurrent();
		Runnable lookForTheWizard = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if ("Plan Capacity".equals(shell.getText()) && shell.isVisible()) {
						try {
							seen[0] = Ui.all(shell, Combo.class, c -> true).stream().map(Combo::getText).findFirst().orElse("no combo");
						} finally {
							shell.close(); // whatever opened, so the command returns
						}
						return;
					}
				}
				display.timerExec(100, this);
			}
		};
		display.timerExec(100, lookForTheWizard);
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.allstar.plan.ui.planCapacity", null);
		assertEquals("hello.Greeter", seen[0], "the wizard offers the editor's application");
	}

	@Test
	void anInfeasibleBudgetShowsTheConflictAndNoPlan() throws Exception {
		String text = new String(model.getContents().readAllBytes(), StandardCharsets.UTF_8);
		model.setContents(new ByteArrayInputStream(text.replace("budget 20 EUR/month", "budget 1 EUR/month")
				.getBytes(StandardCharsets.UTF_8)), true, false, null);
		PlanCapacityWizard wizard = open();
		Ui.fieldAfter(wizard.getPage("objective").getControl(), "&Time limit (s):", Spinner.class).setSelection(10);
		dialog.next();
		IWizardPage plan = wizard.getPage("plan");
		Ui.waitUntil("the planner's answer", () -> plan.getErrorMessage() != null || plan.isPageComplete());
		assertFalse(plan.isPageComplete(), "no plan, nothing to write");
		assertTrue(plan.getErrorMessage().contains("cannot all hold"), plan.getErrorMessage());
		Table problems = Ui.all(plan.getControl(), Table.class, t -> true).get(1);
		assertTrue(Arrays.stream(problems.getItems()).anyMatch(i -> i.getText().startsWith("conflict:")),
				Arrays.toString(problems.getItems()));
		Ui.screenshot(dialog.getShell(), "plan-wizard-conflict.png");
	}
}

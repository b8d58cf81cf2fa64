// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.allstar.deploy.LocalEngines;
import org.allstar.deploy.kubernetes.EveryEngine;
import org.allstar.deploy.ui.DeployWizard;
import org.allstar.deploy.ui.DeploymentsView;
import org.allstar.deploy.ui.DiagnosticsView;
import org.allstar.deploy.ui.EngineJob;
import org.allstar.deploy.ui.FoundDeployment;
import org.allstar.monitor.MeasuredRun;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations against a real, private dockerd (LocalEngines: needs root and Debian's docker.io and busybox-static,
 * as the deploy tests): the Deploy wizard's dry run and apply, the Deployments view's status and undeploy, and the
 * Runtime Diagnostics view's chart of what a monitor measured.
 */
class OperationsUiTest {

	private static LocalEngines engines;
	private static String edge;
	private static IProject project;

	@TempDir
	static Path monitorFolder;

	@BeforeAll
	static void startEngine() throws Exception {
		engines = new LocalEngines();
		edge = engines.start("opsui");
		engines.image(edge, "[\"/bin/sh\", \"-c\", \"while true; do sleep 1; done\"]", "shop/web:1");
		String model = """
				package shop
				provider EdgeBox {
				  kind edge
				  region "pt-north"
				  endpoint docker "%s"
				  node box {
				    cpu 2 cores
				    memory 2 GB
				    arch amd64
				  }
				}
				application Shop {
				  component web {
				    image "shop/web:1"
				    cpu 1 core
				    memory 64 MB
				  }
				}
				deployment live of Shop {
				  web on EdgeBox.box
				}
				application Ghost {
				  component ghost {
				    image "shop/missing:1"
				    cpu 1 core
				    memory 64 MB
				  }
				}
				deployment haunted of Ghost {
				  ghost on EdgeBox.box
				}
				""".formatted(edge);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("ops-shop");
		if (project.exists()) project.delete(true, true, null);
		project.create(null);
		project.open(null);
		project.getFile("shop.allstar").create(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	@AfterAll
	static void stopEngine() throws Exception {
		project.delete(true, true, null);
		engines.close();
	}

	private static void join(Job job) throws InterruptedException {
		Ui.waitUntil(job.getName(), 120_000, () -> job.getResult() != null);
	}

	private static List<FoundDeployment> found() throws Exception {
		return FoundDeployment.inWorkspace(ResourcesPlugin.getWorkspace().getRoot(), new NullProgressMonitor())
				.stream().filter(f -> f.file().getProject().equals(project)).toList();
	}

	@Test
	void aMissingImageIsAPreflightProblemAndNothingCanBeApplied() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<FoundDeployment> found = found();
		FoundDeployment haunted = found.get(1);
		DeployWizard wizard = new DeployWizard(found, haunted, page.getWorkbenchWindow());
		Ui.Dialog dialog = new Ui.Dialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.open();
		try {
			dialog.next();
			IWizardPage dryRun = wizard.getPage("dryRun");
			Ui.waitUntil("the dry run", () -> dryRun.isPageComplete() || dryRun.getErrorMessage() != null);
			assertTrue(dryRun.getErrorMessage().contains("shop/missing:1"), dryRun.getErrorMessage());
			assertFalse(wizard.canFinish(), "nothing to apply while the engine is not ready");
			Table actions = Ui.all(dryRun.getControl(), Table.class, t -> true).get(0);
			assertEquals("problem", actions.getItem(actions.getItemCount() - 1).getText(0));
			Ui.screenshot(dialog.getShell(), "deploy-wizard-preflight.png");
		} finally {
			dialog.close();
		}
		assertEquals(List.of(), containers(haunted));
	}

	private static List<?> containers(FoundDeployment found) {
		try (EveryEngine engines = new EveryEngine(found.deployment())) {
			return engines.containers(found.deployment());
		}
	}

	@Test
	void deployShowsTheDryRunAppliesAndTheViewsFollow() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<FoundDeployment> found = found();
		assertEquals(List.of("live", "haunted"), found.stream().map(f -> f.deployment().getName()).toList());
		FoundDeployment live = found.get(0);

		DeployWizard wizard = new DeployWizard(found, live, page.getWorkbenchWindow());
		Ui.Dialog dialog = new Ui.Dialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.open();
		dialog.next();
		IWizardPage dryRun = wizard.getPage("dryRun");
		Ui.waitUntil("the dry run", () -> dryRun.isPageComplete() || dryRun.getErrorMessage() != null);
		assertNull(dryRun.getErrorMessage());
		Table actions = Ui.all(dryRun.getControl(), Table.class, t -> true).get(0);
		assertEquals(1, actions.getItemCount());
		assertEquals("create", actions.getItem(0).getText(0));
		assertEquals(edge, actions.getItem(0).getText(1));
		assertTrue(containers(live).isEmpty(), "a dry run changes nothing");
		Ui.screenshot(dialog.getShell(), "deploy-wizard-dry-run.png");
		dialog.finish();
		join(wizard.applying());
		assertTrue(wizard.applying().getResult().isOK(), wizard.applying().getResult().getMessage());

		Ui.waitUntil("the Deployments view", () -> page.findView(DeploymentsView.ID) != null);
		DeploymentsView view = (DeploymentsView) page.findView(DeploymentsView.ID);
		Ui.waitUntil("web running in the view", () -> view.rows().entrySet().stream()
				.anyMatch(e -> e.getKey().deployment().getName().equals("live")
						&& e.getValue().stream().anyMatch(r -> r.running() != null && "running".equals(r.running().state()))));
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "deployments-view.png");
		view.open(view.rows().keySet().stream().filter(f -> f.deployment().getName().equals("live")).findFirst().orElseThrow());
		ITextEditor editor = (ITextEditor) page.getActiveEditor();
		assertEquals(project.getFile("shop.allstar"), editor.getEditorInput().getAdapter(IFile.class));
		String selected = ((ITextSelection) editor.getSelectionProvider().getSelection()).getText();
		assertTrue(selected.startsWith("deployment live of Shop {"), selected);
		page.closeAllEditors(false);

		DiagnosticsView diagnostics = (DiagnosticsView) page.showView(DiagnosticsView.ID);
		join(diagnostics.reload());
		Ui.settle(200);
		diagnostics.show("live", monitorFolder);
		Button monitoring = Ui.all(diagnostics.getViewSite().getShell(), Button.class, b -> b.getText().equals("&Start monitoring")).get(0);
		monitoring.notifyListeners(SWT.Selection, new Event());
		assertEquals("S&top monitoring", monitoring.getText());
		Ui.waitUntil("a few ticks", () -> MeasuredRun.exists(monitorFolder, "live"));
		Ui.settle(4_500);
		monitoring.notifyListeners(SWT.Selection, new Event());
		Ui.waitUntil("the monitor to stop", () -> monitoring.getText().equals("&Start monitoring"));
		join(diagnostics.redraw());
		Ui.waitUntil("the chart of web", () -> diagnostics.chartCount() == 1);
		join(diagnostics.diagnose());
		page.setPartState(page.findViewReference(DiagnosticsView.ID), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "diagnostics-view.png");
		page.setPartState(page.findViewReference(DiagnosticsView.ID), IWorkbenchPage.STATE_RESTORED);

		EngineJob undeploy = view.undeploy(view.rows().keySet().stream().filter(f -> f.deployment().getName().equals("live")).findFirst().orElseThrow());
		join(undeploy);
		assertTrue(undeploy.getResult().isOK(), undeploy.getResult().getMessage());
		assertEquals(List.of(), containers(live), "undeploy removes the container");
		assertTrue(Arrays.stream(page.getViewReferences()).anyMatch(r -> r.getId().equals(DiagnosticsView.ID)));
	}
}

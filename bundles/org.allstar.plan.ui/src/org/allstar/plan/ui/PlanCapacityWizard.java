// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.ui.FolderModels;
import org.allstar.verify.ReputationSource;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Plan capacity: choose the application and objective, run the planner, review the plan, write the deployment
 * (atomically: the file's whole text at once; if the written file does not validate it is put back) and open it.
 */
public final class PlanCapacityWizard extends Wizard {

	private final PlanScope scope;
	private final ReputationSource reputations;
	private final IWorkbenchPage page;
	private ObjectivePage objective;
	private PlanPage plan;
	private TargetPage target;
	private IFile written;

	public PlanCapacityWizard(PlanScope scope, ReputationSource reputations, IWorkbenchPage page) {
		this.scope = scope;
		this.reputations = reputations;
		this.page = page;
		setWindowTitle("Plan Capacity");
		setNeedsProgressMonitor(true);
		setHelpAvailable(false);
	}

	@Override
	public void addPages() {
		objective = new ObjectivePage(scope);
		plan = new PlanPage(objective, reputations);
		target = new TargetPage(scope, plan);
		addPage(objective);
		addPage(plan);
		addPage(target);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == target && target.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		IFile file = target.file();
		String text = target.text();
		String[] error = { null };
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					error[0] = write(file, text, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			error[0] = "Cannot write " + file.getFullPath() + ": " + e.getCause().getMessage() + "; nothing was changed.";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (error[0] != null) {
			target.setErrorMessage(error[0]);
			return false;
		}
		written = file;
		try {
			IDE.openEditor(page, file);
		} catch (PartInitException e) {
			target.setErrorMessage("Wrote " + file.getFullPath() + " but cannot open it: " + e.getMessage());
		}
		return true;
	}

	/**
	 * Writes the whole text in one step, then loads the folder again: if the file has errors (say a name clash the
	 * page could not see) the old content comes back and the message says what was wrong.
	 */
	private static String write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		monitor.beginTask("Writing " + file.getName(), 3);
		byte[] original = file.exists() ? readAll(file) : null;
		set(file, text.getBytes(StandardCharsets.UTF_8), monitor);
		monitor.worked(1);
		monitor.subTask("Checking " + file.getName());
		List<ModelDiagnostic> errors = FolderModels.load(file.getParent(), CancelIndicator.NullImpl).diagnostics().stream()
				.filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR && file.getLocation().toPath().equals(d.file()))
				.toList();
		if (errors.isEmpty()) {
			return null;
		}
		if (original == null) {
			file.delete(true, monitor);
		} else {
			set(file, original, monitor);
		}
		ModelDiagnostic first = errors.get(0);
		return "The written deployment does not validate (line " + first.line() + ": " + first.message() + "); "
				+ file.getName() + " is unchanged.";
	}

	private static void set(IFile file, byte[] bytes, IProgressMonitor monitor) throws CoreException {
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, monitor);
		} else {
			file.create(new ByteArrayInputStream(bytes), IResource.NONE, monitor);
		}
	}

	private static byte[] readAll(IFile file) throws CoreException {
		try (var in = file.getContents(true)) {
			return in.readAllBytes();
		} catch (java.io.IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
		}
	}

	/** The file Finish wrote, or null (for the workbench test). */
	public IFile written() {
		return written;
	}
}

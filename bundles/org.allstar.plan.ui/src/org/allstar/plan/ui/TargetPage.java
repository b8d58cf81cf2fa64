// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.load.ModelFiles;
import org.allstar.model.Deployment;
import org.allstar.plan.DeploymentText;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Page 3: where the deployment goes (a new file, or a named section of a model file of the folder), previewed. */
final class TargetPage extends WizardPage {

	private final PlanScope scope;
	private final PlanPage plan;
	private final List<IFile> files = new ArrayList<>();
	private Button newFile;
	private Text fileName;
	private Button existing;
	private Combo existingFile;
	private Text deploymentName;
	private Text preview;

	TargetPage(PlanScope scope, PlanPage plan) {
		super("target");
		this.scope = scope;
		this.plan = plan;
		setTitle("Write the deployment");
		setDescription("Write the planned deployment into a new model file, or as a named deployment of an existing one "
				+ "(a deployment of that name there is replaced).");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		newFile = new Button(page, SWT.RADIO);
		newFile.setText("&New file:");
		newFile.setSelection(true);
		fileName = new Text(page, SWT.BORDER);
		fileName.setToolTipText("A new .allstar file in " + scope.folder().getFullPath());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileName);
		existing = new Button(page, SWT.RADIO);
		existing.setText("&Existing file:");
		existingFile = new Combo(page, SWT.READ_ONLY);
		existingFile.setToolTipText("The deployment is added to this file, or replaces the one of the same name.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(existingFile);
		new Label(page, SWT.NONE).setText("&Deployment name:");
		deploymentName = new Text(page, SWT.BORDER);
		deploymentName.setText("planned");
		deploymentName.setToolTipText("The name of the deployment block; the same name in an existing file is replaced.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(deploymentName);
		Label label = new Label(page, SWT.NONE);
		label.setText("Pre&view:");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		preview = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setToolTipText("The whole text the file will have.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 220).applyTo(preview);
		fillFiles();
		newFile.addListener(SWT.Selection, e -> update());
		existing.addListener(SWT.Selection, e -> update());
		existingFile.addListener(SWT.Selection, e -> update());
		fileName.addModifyListener(e -> update());
		deploymentName.addModifyListener(e -> update());
		setControl(page);
	}

	private void fillFiles() {
		try {
			for (IResource member : scope.folder().members()) {
				if (member instanceof IFile file && file.getName().endsWith(ModelFiles.EXTENSION)) {
					files.add(file);
					existingFile.add(file.getName());
				}
			}
		} catch (CoreException e) {
			setErrorMessage("Cannot list " + scope.folder().getFullPath() + ": " + e.getMessage());
		}
		int selected = files.indexOf(scope.file());
		existingFile.select(Math.max(0, selected));
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && fileName.getText().isEmpty()) {
			fileName.setText(plan.application().getName().toLowerCase(java.util.Locale.ROOT) + "-planned" + ModelFiles.EXTENSION);
		}
		super.setVisible(visible);
		if (visible) {
			update();
		}
	}

	private void update() {
		fileName.setEnabled(newFile.getSelection());
		existingFile.setEnabled(existing.getSelection());
		preview.setText("");
		String problem = problem();
		if (problem == null) {
			try {
				preview.setText(target().text(plan.plan(), plan.application()));
			} catch (IllegalArgumentException | CoreException | IOException e) {
				problem = e.getMessage();
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (plan.plan() == null) {
			return "There is no plan to write; go back and plan again.";
		}
		if (newFile.getSelection()) {
			String name = fileName.getText().trim();
			if (!name.endsWith(ModelFiles.EXTENSION) || name.length() == ModelFiles.EXTENSION.length() || name.contains("/")) {
				return "The new file's name must end with " + ModelFiles.EXTENSION + " (no folders: it goes into "
						+ scope.folder().getFullPath() + ").";
			}
			if (scope.folder().getFile(new org.eclipse.core.runtime.Path(name)).exists()) {
				return name + " exists; choose Existing file to write into it, or another name.";
			}
		} else if (existingFile.getSelectionIndex() < 0) {
			return "Choose the file to write into.";
		}
		String name = deploymentName.getText().trim();
		String nameProblem = new DeploymentTarget(name, null).nameProblem();
		return nameProblem != null ? nameProblem : clash(name);
	}

	/** Another file of the package already has a deployment of that name: writing would make two. */
	private String clash(String name) {
		String pkg = DeploymentText.packageOf(plan.application());
		IFile target = file();
		for (Deployment other : scope.loaded().named(Deployment.class, name)) {
			String otherFile = other.eResource().getURI().toFileString();
			boolean sameFile = target.getLocation() != null && target.getLocation().toPath().toString().equals(otherFile);
			if (!sameFile && java.util.Objects.equals(pkg, DeploymentText.packageOf(other))) {
				return "Deployment '" + name + "' exists in " + java.nio.file.Path.of(otherFile).getFileName()
						+ "; choose another name, or write into that file to replace it.";
			}
		}
		return null;
	}

	IFile file() {
		return newFile.getSelection() ? scope.folder().getFile(new org.eclipse.core.runtime.Path(fileName.getText().trim()))
				: files.get(existingFile.getSelectionIndex());
	}

	DeploymentTarget target() throws CoreException, IOException {
		IFile file = file();
		if (!file.exists()) {
			return new DeploymentTarget(deploymentName.getText().trim(), null);
		}
		try (InputStream in = file.getContents(true)) {
			return new DeploymentTarget(deploymentName.getText().trim(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** The text to write, as previewed. */
	String text() {
		return preview.getText();
	}
}

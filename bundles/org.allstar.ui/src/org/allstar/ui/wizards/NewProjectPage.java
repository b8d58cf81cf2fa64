// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.wizards;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The project's name (checked against the workspace) and the example it starts from, with its description. */
public class NewProjectPage extends WizardPage {
	/** Widget data key by which tests find the page's controls. */
	public static final String KEY = "org.allstar.ui.key";

	private final List<ExampleTemplate> templates;
	private Text name;
	private org.eclipse.swt.widgets.List examples;
	private Label description;
	/** Whether the user typed a name; until then the name follows the chosen example. */
	private boolean nameTyped;

	public NewProjectPage(List<ExampleTemplate> templates) {
		super("project");
		this.templates = templates;
		setTitle("ALLSTAR project");
		setDescription("Create a project from an example; its main model opens in the ALLSTAR-ML editor.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText("Project &name:");
		name = new Text(page, SWT.BORDER);
		name.setToolTipText("The new project's name; it must not be taken in the workspace");
		name.setData(KEY, "name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		Label label = new Label(page, SWT.NONE);
		label.setText("&Example:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		examples = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		examples.setToolTipText("The example whose models the project starts with");
		examples.setData(KEY, "example");
		templates.forEach(t -> examples.add(t.name()));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(examples);
		description = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(description);

		examples.addListener(SWT.Selection, e -> exampleChosen());
		name.addListener(SWT.Modify, e -> validate());
		name.addListener(SWT.KeyDown, e -> nameTyped = true);
		if (!templates.isEmpty()) {
			examples.select(0);
			exampleChosen();
		}
		setControl(page);
		validate();
		setErrorMessage(null); // no error before the user has done anything
		name.setFocus();
	}

	private void exampleChosen() {
		ExampleTemplate template = template();
		if (template == null) {
			return;
		}
		description.setText(template.description() + "\nOpens " + template.mainModel() + ".");
		if (!nameTyped) {
			name.setText(freeName(template.name()));
		}
		description.getParent().layout();
		validate();
	}

	/** The example's name, or name-2, name-3, ... when that is taken. */
	private static String freeName(String base) {
		String candidate = base;
		for (int n = 2; ProjectFromTemplate.problemWithName(ResourcesPlugin.getWorkspace(), candidate).isPresent()
				&& n < 100; n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private void validate() {
		Optional<String> problem = template() == null ? Optional.of("Choose an example.")
				: ProjectFromTemplate.problemWithName(ResourcesPlugin.getWorkspace(), name.getText());
		setErrorMessage(problem.orElse(null));
		setPageComplete(problem.isEmpty());
	}

	public String projectName() {
		return name.getText();
	}

	public ExampleTemplate template() {
		int index = examples.getSelectionIndex();
		return index < 0 ? null : templates.get(index);
	}
}

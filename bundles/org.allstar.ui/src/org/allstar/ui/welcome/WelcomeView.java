// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.welcome;

import org.allstar.ui.StudioIds;
import org.allstar.ui.wizards.ExampleTemplate;
import org.allstar.ui.wizards.ExampleTemplates;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The welcome page: what the studio does, and buttons (reachable with Tab and their mnemonics) that open each
 * example's main model, switch perspectives, start the New ALLSTAR project wizard and open the preferences. Plain
 * SWT, so it needs nothing beyond the workbench and starts fast.
 */
public class WelcomeView extends ViewPart {
	/** Widget data key by which tests find the page's buttons. */
	public static final String KEY = "org.allstar.ui.key";

	private ScrolledComposite scrolled;
	private Button first;
	private LocalResourceManager resources;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite page = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 12).applyTo(page);
		heading(page);
		examples(page);
		perspectives(page);
		start(page);
		scrolled.setContent(page);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void heading(Composite page) {
		Label title = new Label(page, SWT.NONE);
		title.setText("Welcome to ALLSTAR Studio");
		title.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont())));
		Label text = new Label(page, SWT.WRAP);
		text.setText("Describe applications and the Cloud, Edge and mobile infrastructure of many providers in one "
				+ "language, ALLSTAR-ML. The editor checks every model while you type: capacity, latency, residency, "
				+ "availability, cost and SLAs. Plan capacity with a solver, sign SLA contracts on a blockchain, deploy "
				+ "the components as containers and watch them run.");
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
	}

	private void examples(Composite page) {
		Group group = group(page, "Open an example");
		for (ExampleTemplate template : ExampleTemplates.bundled()) {
			Button button = button(group, "Open " + template.name(), "example." + template.name(),
					template.description() + " (opens " + template.mainModel() + ")");
			button.addListener(SWT.Selection, e -> WelcomeActions.openExample(getSite().getWorkbenchWindow(), template));
			if (first == null) {
				first = button;
			}
		}
	}

	private void perspectives(Composite page) {
		Group group = group(page, "Perspectives");
		perspective(group, "&Modeling", StudioIds.MODELING_PERSPECTIVE, "Edit and verify models");
		perspective(group, "Mar&ketplace", StudioIds.MARKETPLACE_PERSPECTIVE, "Providers, SLA contracts, witness tasks");
		perspective(group, "&Operations", StudioIds.OPERATIONS_PERSPECTIVE, "Deployments and runtime diagnostics");
	}

	private void perspective(Group group, String label, String id, String tooltip) {
		button(group, label, "perspective." + id, tooltip)
				.addListener(SWT.Selection, e -> WelcomeActions.showPerspective(getSite().getWorkbenchWindow(), id));
	}

	private void start(Composite page) {
		Group group = group(page, "Start");
		button(group, "&New ALLSTAR project...", "newProject", "Create a project from one of the examples")
				.addListener(SWT.Selection, e -> WelcomeActions.newProject(getSite().getWorkbenchWindow()));
		button(group, "&Preferences...", "preferences", "Chain network, keystore, engines and planner")
				.addListener(SWT.Selection, e -> WelcomeActions.preferences(getSite().getShell()));
	}

	private static Group group(Composite page, String title) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(3).equalWidth(false).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Button button(Composite parent, String label, String key, String tooltip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tooltip);
		button.setData(KEY, key);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	@Override
	public void setFocus() {
		if (first != null && !first.isDisposed()) {
			first.setFocus();
		} else {
			scrolled.setFocus();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.allstar.lang.load.LoadedModels;
import org.allstar.model.Application;
import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Page 1: which application, and what the plan minimises (prefilled from the Studio preferences). */
final class ObjectivePage extends WizardPage {

	private final PlanScope scope;
	private final Map<Term, Text> weights = new EnumMap<>(Term.class);
	private Combo application;
	private Button lexicographic;
	private Text order;
	private Spinner timeLimit;

	ObjectivePage(PlanScope scope) {
		super("objective");
		this.scope = scope;
		setTitle("Application and objective");
		setDescription("Choose the application to place on the providers of " + scope.folder().getFullPath()
				+ " and what the plan should minimise.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText("&Application:");
		application = new Combo(page, SWT.READ_ONLY);
		scope.applications().forEach(a -> application.add(LoadedModels.qualifiedName(a)));
		application.setToolTipText("The application whose components are placed; the providers are those of the models in the same folder.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(application);
		if (application.getItemCount() > 0) {
			application.select(0);
		}
		createObjective(page);
		new Label(page, SWT.NONE).setText("&Time limit (s):");
		timeLimit = new Spinner(page, SWT.BORDER);
		timeLimit.setValues((int) StudioPreferences.plannerTimeLimit().toSeconds(), 1, 3600, 0, 1, 10);
		timeLimit.setToolTipText("The planner stops after this long with the best plan found so far and its gap to the best bound.");
		prefill(StudioPreferences.plannerObjective().map(this::parsedOrDefault).orElse(Objective.DEFAULT));
		setControl(page);
		validate();
	}

	private void createObjective(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText("Objective");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
		for (Term term : Term.values()) {
			Label label = new Label(group, SWT.NONE);
			label.setText("&" + Character.toUpperCase(term.word().charAt(0)) + term.word().substring(1) + " weight:");
			Text weight = new Text(group, SWT.BORDER);
			weight.setToolTipText("Points per " + (term.unit().isEmpty() ? "unit of 1 − reputation, summed over the nodes used"
					: term.unit()) + "; 0 leaves " + term.word() + " out.");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(weight);
			new Label(group, SWT.NONE).setText(term.unit().isEmpty() ? "per risk" : "per " + term.unit());
			weight.addModifyListener(e -> validate());
			weights.put(term, weight);
		}
		lexicographic = new Button(group, SWT.CHECK);
		lexicographic.setText("&Lexicographic, in this order:");
		lexicographic.setToolTipText("Minimise the terms one after another instead of their weighted sum: "
				+ "latency>price is the cheapest plan among the fastest.");
		order = new Text(group, SWT.BORDER);
		order.setToolTipText("Terms separated by >, e.g. latency>price");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(order);
		lexicographic.addListener(SWT.Selection, e -> validate());
		order.addModifyListener(e -> validate());
	}

	private Objective parsedOrDefault(String text) {
		try {
			return Objective.parse(text);
		} catch (IllegalArgumentException e) {
			return Objective.DEFAULT; // the preference page validates; a bad stored value falls back
		}
	}

	private void prefill(Objective objective) {
		ObjectiveInput input = ObjectiveInput.of(objective);
		weights.forEach((term, text) -> text.setText(input.weights().get(term)));
		lexicographic.setSelection(input.lexicographic());
		order.setText(input.order());
	}

	private ObjectiveInput input() {
		Map<Term, String> typed = new EnumMap<>(Term.class);
		weights.forEach((term, text) -> typed.put(term, text.getText()));
		return new ObjectiveInput(typed, lexicographic.getSelection(), order.getText());
	}

	private void validate() {
		if (timeLimit == null) {
			return; // still building the page
		}
		boolean lexico = lexicographic.getSelection();
		order.setEnabled(lexico);
		weights.values().forEach(w -> w.setEnabled(!lexico));
		String problem = scope.problem();
		if (problem == null) {
			try {
				input().objective();
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Application application() {
		return scope.applications().get(application.getSelectionIndex());
	}

	PlanScope scope() {
		return scope;
	}

	Objective objective() {
		return input().objective();
	}

	Duration timeLimit() {
		return Duration.ofSeconds(timeLimit.getSelection());
	}
}

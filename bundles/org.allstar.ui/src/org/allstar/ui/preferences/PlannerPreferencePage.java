// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.allstar.plan.Objective;
import org.allstar.plan.Objective.Term;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The capacity planner's objective (weights of price, latency, energy and risk, or an order of them) and time limit,
 * stored as the text {@code allstar plan --objective} takes; the header shows the text the fields make.
 */
public class PlannerPreferencePage extends SettingsPage {
	private static final String[] MNEMONIC_LABELS = { "&Price (per EUR/month):", "La&tency (per ms):",
			"&Energy (per W):", "&Risk (per unit of 1 - reputation):" };

	private Button weighted;
	private Button lexicographic;
	private final Map<Term, Text> weights = new EnumMap<>(Term.class);
	private Text order;
	private Text timeLimit;
	private Label objective;

	public PlannerPreferencePage() {
		setDescription("What the capacity planner minimises, and how long it may search.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		weighted = radio(page, "&Weighted sum of:", "planner.weighted");
		for (Term term : Term.values()) {
			Text weight = field(page, MNEMONIC_LABELS[term.ordinal()], "planner.weight." + term.word(),
					"The weight of " + term.word() + " in the sum; 0 leaves it out");
			weights.put(term, weight);
		}
		lexicographic = radio(page, "&Lexicographic, most important first:", "planner.lexicographic");
		order = field(page, "&Order:", "planner.order",
				"Terms separated by >, e.g. latency>price: the cheapest plan among the fastest");
		timeLimit = field(page, "Time li&mit (s):", StudioPreferences.PLANNER_TIME_LIMIT,
				"The planner stops after this many seconds with the best plan found (and its gap to the bound)");
		objective = new Label(page, SWT.NONE);
		objective.setData(KEY, StudioPreferences.PLANNER_OBJECTIVE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(objective);
		show(PlannerObjectives.current(), StudioPreferences.plannerTimeLimit().toSeconds());
		weighted.addListener(SWT.Selection, e -> modeChanged());
		lexicographic.addListener(SWT.Selection, e -> modeChanged());
		return page;
	}

	private static Button radio(Composite page, String label, String key) {
		Button radio = new Button(page, SWT.RADIO);
		radio.setText(label);
		radio.setData(KEY, key);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(radio);
		return radio;
	}

	private void show(Objective current, long seconds) {
		weighted.setSelection(!current.lexicographic());
		lexicographic.setSelection(current.lexicographic());
		PlannerObjectives.weightTexts(current).forEach((term, text) -> weights.get(term).setText(text));
		order.setText(current.lexicographic() ? String.join(">", current.order().stream().map(Term::word).toList())
				: "latency>price");
		timeLimit.setText(Long.toString(seconds));
		modeChanged();
	}

	private void modeChanged() {
		weights.values().forEach(t -> t.setEnabled(weighted.getSelection()));
		order.setEnabled(lexicographic.getSelection());
		check();
	}

	/** The objective text of the fields; IllegalArgumentException when they make none. */
	private String objectiveText() {
		if (weighted.getSelection()) {
			Map<Term, String> texts = new EnumMap<>(Term.class);
			weights.forEach((term, text) -> texts.put(term, text.getText()));
			return PlannerObjectives.weighted(texts);
		}
		return PlannerObjectives.lexicographic(order.getText());
	}

	@Override
	Optional<String> problem() {
		if (objective == null || timeLimit == null) {
			return Optional.empty(); // still building the page
		}
		try {
			objective.setText("Objective: " + objectiveText());
		} catch (IllegalArgumentException e) {
			objective.setText("Objective: (invalid)");
			return Optional.of("The objective is not valid: " + e.getMessage() + ".");
		}
		return SettingChecks.timeLimit(timeLimit.getText());
	}

	@Override
	protected void performDefaults() {
		show(Objective.DEFAULT, StudioPreferences.DEFAULT_TIME_LIMIT_SECONDS);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		String text = objectiveText();
		StudioPreferences.set(StudioPreferences.PLANNER_OBJECTIVE,
				text.equals(Objective.DEFAULT.toString()) ? null : text);
		StudioPreferences.set(StudioPreferences.PLANNER_TIME_LIMIT, timeLimit.getText());
		return true;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.ui.LanguageServices;
import org.allstar.lang.ui.highlighting.HighlightingCalculator;
import org.allstar.lang.ui.outline.OutlineBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses, links and validates one text: syntax, linking, the structural checks and the verifier's rules (all run by
 * the language's validator), plus the colours and outline of the same parse. No SWT here; runs on any thread.
 * <p>
 * One checker per editor: it keeps the parsed model of its last check ({@link EditedModel}) and gives Xtext only the
 * edit since then (partial parsing), so a keystroke in a 10,000-line model does not parse it all again. Checks of one
 * checker run one at a time.
 */
public class ModelChecker {

	private final LanguageServices services;
	private final CheckMode mode;
	private final HighlightingCalculator highlighting = new HighlightingCalculator();
	private final EditedModel model;

	public ModelChecker(LanguageServices services) {
		this(services, CheckMode.ALL);
	}

	/** A checker running only the checks of {@code mode} ({@code FAST_ONLY}: the structural checks, no verifier). */
	public ModelChecker(LanguageServices services, CheckMode mode) {
		this(services, mode, true);
	}

	/**
	 * A checker that parses incrementally when {@code incremental}, else parses every text whole (the reference
	 * the incremental results are tested against, and the benchmark's baseline).
	 */
	public ModelChecker(LanguageServices services, CheckMode mode, boolean incremental) {
		this.services = services;
		this.mode = mode;
		this.model = new EditedModel(services, incremental);
	}

	/** The reconciliation of {@code text}; {@code cancel} stops the validation early (the result is then partial). */
	public synchronized Reconciliation check(long stamp, String text, Path file, CancelIndicator cancel) {
		XtextResource resource = model.update(text, file);
		List<Issue> issues = services.get(IResourceValidator.class).validate(resource, mode, cancel);
		return new Reconciliation(stamp, text, List.copyOf(issues), highlighting.compute(resource.getParseResult()),
				services.get(OutlineBuilder.class).build(resource), resource, model.version());
	}

	/** How many checks parsed the whole text (the first, and those the edit could not be applied to). */
	public synchronized int wholeParses() {
		return model.wholeParses();
	}

	/** Whether {@code result}'s model is still as that check left it (the next check has not begun to change it). */
	public boolean isUnchanged(Reconciliation result) {
		return model.version() == result.modelVersion();
	}
}

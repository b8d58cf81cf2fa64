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
 */
public class ModelChecker {

	private final LanguageServices services;
	private final CheckMode mode;
	private final HighlightingCalculator highlighting = new HighlightingCalculator();

	public ModelChecker(LanguageServices services) {
		this(services, CheckMode.ALL);
	}

	/** A checker running only the checks of {@code mode} ({@code FAST_ONLY}: the structural checks, no verifier). */
	public ModelChecker(LanguageServices services, CheckMode mode) {
		this.services = services;
		this.mode = mode;
	}

	/** The reconciliation of {@code text}; {@code cancel} stops the validation early (the result is then partial). */
	public Reconciliation check(long stamp, String text, Path file, CancelIndicator cancel) {
		XtextResource resource = services.parse(text, file);
		List<Issue> issues = services.get(IResourceValidator.class).validate(resource, mode, cancel);
		return new Reconciliation(stamp, text, List.copyOf(issues), highlighting.compute(resource.getParseResult()),
				services.get(OutlineBuilder.class).build(resource), resource);
	}
}

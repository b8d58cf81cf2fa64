// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.util.List;

import org.allstar.lang.ui.highlighting.HighlightedRange;
import org.allstar.lang.ui.outline.OutlineNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * What one reconcile found in one version of the text (the document's modification stamp {@code stamp}): its
 * problems, its colours, its outline and the parsed, linked model itself (read, never changed, after the check:
 * hyperlinks, hovers, quick fixes and the Properties view use it while the text is unchanged, instead of parsing
 * again). The checker keeps updating that model for the next text: {@code modelVersion} is its version here, and
 * {@link ModelChecker#isUnchanged} says whether it still is.
 */
public record Reconciliation(long stamp, String text, List<Issue> issues, List<HighlightedRange> highlights,
		List<OutlineNode> outline, XtextResource resource, long modelVersion) {
}

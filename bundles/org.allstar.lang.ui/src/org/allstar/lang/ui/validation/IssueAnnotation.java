// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

/**
 * A live problem annotation that keeps its issue, so that quick fixes can read the fix data the verifier or a
 * structural check attached to it (the ruler shows the light bulb for those).
 */
public class IssueAnnotation extends Annotation implements IQuickFixableAnnotation {

	private final Issue issue;

	public IssueAnnotation(String type, String text, Issue issue) {
		super(type, false, text);
		this.issue = issue;
	}

	public Issue issue() {
		return issue;
	}

	@Override
	public void setQuickFixable(boolean state) {
		// known from the issue's data
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return issue.getData() != null && issue.getData().length > 0;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a parsed file as the editor's Format command and {@code allstar format} do: comments stay. */
public class ModelFormatter {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	@FormatterPreferences
	private IPreferenceValuesProvider preferences;

	/** Whether {@code resource} parsed without syntax errors, so that formatting cannot lose text. */
	public static boolean canFormat(XtextResource resource) {
		return resource != null && resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors();
	}

	/** The formatted text of {@code resource}; a resource with syntax errors is returned unchanged. */
	public String format(XtextResource resource) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		if (!canFormat(resource)) {
			return text;
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(regions);
		request.setPreferences(TypedPreferenceValues.castOrWrap(preferences.getPreferenceValues(resource)));
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}

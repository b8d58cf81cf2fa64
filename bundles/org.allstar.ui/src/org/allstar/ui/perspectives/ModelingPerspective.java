// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.perspectives;

import org.allstar.ui.StudioIds;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;

/** Editing models: the editor in the middle, Outline on the right, Problems and Properties below. */
public class ModelingPerspective extends StudioPerspective {

	@Override
	void addViews(IPageLayout layout) {
		String editor = layout.getEditorArea();
		IFolderLayout bottom = layout.createFolder("org.allstar.ui.modeling.bottom", IPageLayout.BOTTOM, 0.72f, editor);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.76f, editor);
		// the welcome page opens beside the editor on first start and from Help > Welcome
		layout.addPlaceholder(StudioIds.WELCOME_VIEW, IPageLayout.RIGHT, 0.25f, editor);
	}
}

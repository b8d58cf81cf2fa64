// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.perspectives;

import org.allstar.ui.StudioIds;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;

/** The marketplace: the provider catalogue above the editor, contracts and witness tasks below it. */
public class MarketplacePerspective extends StudioPerspective {

	@Override
	void addViews(IPageLayout layout) {
		String editor = layout.getEditorArea();
		layout.addView(StudioIds.CATALOGUE_VIEW, IPageLayout.TOP, 0.45f, editor);
		IFolderLayout bottom = layout.createFolder("org.allstar.ui.marketplace.bottom", IPageLayout.BOTTOM, 0.6f, editor);
		bottom.addView(StudioIds.CONTRACTS_VIEW);
		bottom.addView(StudioIds.WITNESS_TASKS_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
	}
}

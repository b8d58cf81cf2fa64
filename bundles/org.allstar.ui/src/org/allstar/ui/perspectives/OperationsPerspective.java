// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.perspectives;

import org.allstar.ui.StudioIds;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;

/** Operations: deployments (with Problems) and their runtime diagnostics side by side below the editor. */
public class OperationsPerspective extends StudioPerspective {

	@Override
	void addViews(IPageLayout layout) {
		String editor = layout.getEditorArea();
		IFolderLayout deployments = layout.createFolder("org.allstar.ui.operations.deployments", IPageLayout.BOTTOM,
				0.45f, editor);
		deployments.addView(StudioIds.DEPLOYMENTS_VIEW);
		deployments.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addView(StudioIds.DIAGNOSTICS_VIEW, IPageLayout.RIGHT, 0.5f, "org.allstar.ui.operations.deployments");
	}
}

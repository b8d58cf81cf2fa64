// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.perspectives;

import org.allstar.ui.StudioIds;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * What the three studio perspectives share: the project explorer on the left, switcher shortcuts to each other, the
 * New ALLSTAR project wizard in File > New and the studio's views in Window > Show View.
 */
abstract class StudioPerspective implements IPerspectiveFactory {

	@Override
	public final void createInitialLayout(IPageLayout layout) {
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, layout.getEditorArea());
		addViews(layout);
		for (String perspective : new String[] { StudioIds.MODELING_PERSPECTIVE, StudioIds.MARKETPLACE_PERSPECTIVE,
				StudioIds.OPERATIONS_PERSPECTIVE }) {
			layout.addPerspectiveShortcut(perspective);
		}
		layout.addNewWizardShortcut(StudioIds.NEW_PROJECT_WIZARD);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, StudioIds.WELCOME_VIEW, StudioIds.CATALOGUE_VIEW,
				StudioIds.CONTRACTS_VIEW, StudioIds.WITNESS_TASKS_VIEW, StudioIds.DEPLOYMENTS_VIEW,
				StudioIds.DIAGNOSTICS_VIEW }) {
			layout.addShowViewShortcut(view);
		}
	}

	/** The perspective's own views around the editor area. */
	abstract void addViews(IPageLayout layout);
}

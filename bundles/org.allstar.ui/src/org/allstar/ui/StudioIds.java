// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui;

/**
 * The identifiers the studio's bundles agreed on, in one place: perspectives, the ALLSTAR menu, categories, and the
 * views and wizards that other bundles contribute and the perspectives show.
 */
public final class StudioIds {
	public static final String MODELING_PERSPECTIVE = "org.allstar.ui.modeling";
	public static final String MARKETPLACE_PERSPECTIVE = "org.allstar.ui.marketplace";
	public static final String OPERATIONS_PERSPECTIVE = "org.allstar.ui.operations";

	/** The top-level ALLSTAR menu; contribute with {@code menu:org.allstar.ui.menu?after=<group>}. */
	public static final String MENU = "org.allstar.ui.menu";
	public static final String VIEW_CATEGORY = "org.allstar.ui.views";
	public static final String WIZARD_CATEGORY = "org.allstar.ui.wizards";

	public static final String WELCOME_VIEW = "org.allstar.ui.welcome";
	public static final String NEW_PROJECT_WIZARD = "org.allstar.ui.newProject";
	public static final String PREFERENCES = "org.allstar.ui.preferences";
	public static final String EDITOR = "org.allstar.lang.ui.editor";

	/** Views of org.allstar.market.ui and org.allstar.deploy.ui (shown as placeholders where not installed). */
	public static final String CATALOGUE_VIEW = "org.allstar.market.ui.catalogue";
	public static final String CONTRACTS_VIEW = "org.allstar.market.ui.contracts";
	public static final String WITNESS_TASKS_VIEW = "org.allstar.market.ui.witnessTasks";
	public static final String DEPLOYMENTS_VIEW = "org.allstar.deploy.ui.deployments";
	public static final String DIAGNOSTICS_VIEW = "org.allstar.deploy.ui.diagnostics";

	private StudioIds() {
	}
}

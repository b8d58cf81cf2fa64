// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > ALLSTAR: what the pages below it set, and where the command line keeps the same state. */
public class StudioPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		setDescription("Settings of ALLSTAR Studio. The pages below choose the chain network, the keystore and signing "
				+ "account, the credentials of container engines, and the capacity planner's objective.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		Label where = new Label(page, SWT.WRAP);
		where.setText("The local chain, the keys and the monitor's data live in the workspace folder under .allstar/, "
				+ "where `allstar --workspace` finds them too. Keystore passwords are kept only in Eclipse secure "
				+ "storage, when you ask for it.");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(where);
		return page;
	}
}

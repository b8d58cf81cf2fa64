// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** The chain the marketplace wizards and views use: the workspace's local chain, or a JSON-RPC network. */
public class ChainPreferencePage extends SettingsPage {
	private Button local;
	private Button network;
	private Text url;

	public ChainPreferencePage() {
		setDescription("The chain that holds the knowledge mesh, SLA contracts and reputations.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		local = new Button(page, SWT.RADIO);
		local.setText("&Local chain of the workspace (anvil, started when needed; as `allstar chain start`)");
		local.setData(KEY, "chain.local");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(local);
		network = new Button(page, SWT.RADIO);
		network.setText("A &JSON-RPC network:");
		network.setData(KEY, "chain.network");
		url = new Text(page, SWT.BORDER);
		url.setData(KEY, StudioPreferences.CHAIN_URL);
		url.setToolTipText("The node's JSON-RPC URL, e.g. http://127.0.0.1:8545 (as `allstar --rpc`)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(url);

		Optional<String> stored = StudioPreferences.chainUrl();
		show(stored.orElse(""));
		local.addListener(SWT.Selection, e -> modeChanged());
		network.addListener(SWT.Selection, e -> modeChanged());
		url.addListener(SWT.Modify, e -> check());
		return page;
	}

	private void show(String stored) {
		local.setSelection(stored.isEmpty());
		network.setSelection(!stored.isEmpty());
		url.setText(stored);
		url.setEnabled(!stored.isEmpty());
	}

	private void modeChanged() {
		url.setEnabled(network.getSelection());
		check();
	}

	@Override
	Optional<String> problem() {
		return network.getSelection() ? SettingChecks.chainUrl(url.getText()) : Optional.empty();
	}

	@Override
	protected void performDefaults() {
		show("");
		check();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		StudioPreferences.set(StudioPreferences.CHAIN_URL, network.getSelection() ? url.getText() : null);
		return true;
	}
}

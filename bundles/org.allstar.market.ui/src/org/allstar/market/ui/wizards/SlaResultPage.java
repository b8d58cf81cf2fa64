// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.time.Instant;

import org.allstar.chain.Amounts;
import org.allstar.market.ui.Forms;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Page 3: the agreement as the chain now holds it. Finish opens the Contracts view on it. */
final class SlaResultPage extends WizardPage {
	private final SlaDeal deal;
	private Text agreement;
	private Text phase;
	private Text held;
	private Text ends;
	private Text committee;
	private Text transaction;

	SlaResultPage(SlaDeal deal) {
		super("result");
		this.deal = deal;
		setTitle("The SLA contract is active");
		setDescription("Signed by both parties and funded; the witnesses drawn watch it until it ends.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		agreement = Forms.value(body, "&Agreement:", "The agreement's contract address (allstar sla show ADDRESS shows it too)");
		phase = Forms.value(body, "Phase:", "proposed, active, settled or cancelled");
		held = Forms.value(body, "Held:", "The escrow the agreement holds: price plus witness fees");
		ends = Forms.value(body, "Ends:", "When the agreement ends; witnesses reveal their votes after it");
		committee = Forms.value(body, "Committee:", "The witnesses drawn from the pool");
		transaction = Forms.value(body, "Transaction:", "The transaction that created and funded it, and its gas");
		Forms.note(body, "Finish opens the Contracts view, where the agreement can be settled and withdrawn from later.");
		setControl(body);
	}

	void show() {
		var s = deal.state;
		var r = deal.result.receipt();
		agreement.setText(deal.result.agreement());
		phase.setText(s.phase().name().toLowerCase(java.util.Locale.ROOT));
		held.setText(Amounts.ether(s.balance()));
		ends.setText(Instant.ofEpochSecond(s.deadline()).toString());
		committee.setText(String.join(", ", s.committee()) + " (quorum " + s.quorum() + ")");
		transaction.setText(r.hash() + (r.earlier() ? " (sent by an earlier attempt)" : ", gas " + r.gasUsed()));
		setPageComplete(true);
	}

	/** The address shown, for tests. */
	String agreement() {
		return agreement.getText();
	}
}

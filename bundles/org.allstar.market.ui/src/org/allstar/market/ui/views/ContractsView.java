// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allstar.chain.Account;
import org.allstar.chain.AgreementState;
import org.allstar.chain.AgreementState.Phase;
import org.allstar.chain.Amounts;
import org.allstar.chain.SlaContracts;
import org.allstar.market.ui.ChainAccess;
import org.allstar.market.ui.ChainJob;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;

/**
 * Contracts: the agreements of the studio's account (as provider or customer) with their phase, deadlines and
 * balances, and the actions the contract allows in that phase: settle an active agreement after its reveal window,
 * withdraw what a settled one owes, cancel a proposal nobody signed.
 */
public final class ContractsView extends ChainTableView<ContractsView.Row> {
	public static final String ID = "org.allstar.market.ui.contracts";

	/** An agreement and the account's role in it. */
	public record Row(AgreementState state, String role, String account) {
		java.math.BigInteger dueToMe() {
			return "provider".equals(role) ? state.dueToProvider() : state.dueToCustomer();
		}
	}

	private Action settle;
	private Action withdraw;
	private Action cancel;

	@Override
	protected void createColumns() {
		column("Agreement", 330, "The agreement's contract address", r -> r.state().address());
		column("Role", 70, "The account's side of it", Row::role);
		column("Phase", 80, "proposed, active, settled or cancelled", r -> r.state().phase().name().toLowerCase(Locale.ROOT));
		column("Price", 110, "The escrowed price", r -> Amounts.ether(r.state().price()));
		column("Held", 110, "What the contract holds now", r -> Amounts.ether(r.state().balance()));
		column("Deadline", 190, "Proposed: sign by; active: ends at (witnesses reveal after it)", ContractsView::deadline);
		column("Due to me", 110, "What a settled agreement owes this account (withdraw it)", r -> Amounts.ether(r.dueToMe()));
	}

	private static String deadline(Row r) {
		AgreementState s = r.state();
		return switch (s.phase()) {
			case PROPOSED -> "sign by " + Instant.ofEpochSecond(s.deadline());
			case ACTIVE -> Instant.ofEpochSecond(s.deadline()) + ", reveals until " + Instant.ofEpochSecond(s.deadline() + s.revealWindow());
			default -> "";
		};
	}

	@Override
	protected void contributeActions() {
		settle = action("&Settle", "Settles an agreement whose reveal window has passed: pays compensation, price and fees",
				(slas, key, a) -> slas.settle(key, a), "settled");
		withdraw = action("&Withdraw", "Withdraws what the settled agreement owes this account", (slas, key, a) -> slas.withdraw(key, a), "withdrawn from");
		cancel = action("&Cancel", "Cancels a proposal that was not signed in time; the escrow returns", (slas, key, a) -> slas.cancel(key, a), "cancelled");
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(settle);
		bar.add(withdraw);
		bar.add(cancel);
		selectionChanged();
	}

	private interface Operation {
		SlaContracts.Step on(SlaContracts slas, Account key, String agreement);
	}

	private Action action(String text, String tooltip, Operation operation, String done) {
		Action action = new Action(text) {
			@Override
			public void run() {
				Row row = selected();
				if (row == null) return;
				String agreement = row.state().address();
				act(text.replace("&", "") + " " + agreement, (chain, monitor) -> {
					Account key = ChainAccess.unlock(chain, row.account());
					var step = operation.on(chain.slas(), key, agreement);
					return done + " " + agreement + (step.receipt().earlier() ? " (already done earlier)" : ", gas " + step.receipt().gasUsed());
				});
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	@Override
	protected void selectionChanged() {
		if (settle == null) return;
		Row row = selected();
		Phase phase = row == null ? null : row.state().phase();
		settle.setEnabled(phase == Phase.ACTIVE);
		withdraw.setEnabled((phase == Phase.SETTLED || phase == Phase.CANCELLED) && row.dueToMe().signum() > 0);
		cancel.setEnabled(phase == Phase.PROPOSED);
	}

	@Override
	protected ChainJob.Work<List<Row>> read() {
		return (chain, monitor) -> {
			String account = ChainAccess.account(chain);
			SlaContracts slas = chain.slas();
			List<Row> rows = new ArrayList<>();
			for (SlaContracts.Proposal p : slas.proposals()) {
				String role = p.provider().equalsIgnoreCase(account) ? "provider" : p.customer().equalsIgnoreCase(account) ? "customer" : null;
				if (role != null) rows.add(new Row(slas.state(p.agreement()), role, account));
			}
			return rows;
		};
	}

	@Override
	protected String summary(List<Row> rows) {
		return rows.isEmpty() ? "No agreement of this account yet; sign one with ALLSTAR > Sign SLA Contract."
				: rows.size() + (rows.size() == 1 ? " agreement of " : " agreements of ") + rows.get(0).account();
	}
}

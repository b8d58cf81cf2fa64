// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.views;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.allstar.chain.Account;
import org.allstar.chain.AgreementState.Phase;
import org.allstar.chain.WitnessVotes;
import org.allstar.market.ui.ChainAccess;
import org.allstar.market.ui.ChainJob;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;

/**
 * Witness tasks: the committee seats of the studio's account, with the commit and reveal deadlines and how far its
 * vote has got; Report violated / Report met commit a vote (its secret nonce kept in the chain folder), Reveal
 * reveals it, enabled only when the contract takes the reveal (the whole committee has committed, or the agreement
 * has ended), as the seat read from the chain says. The same votes as {@code allstar witness report|reveal}.
 */
public final class WitnessTasksView extends ChainTableView<WitnessTasksView.Row> {
	public static final String ID = "org.allstar.market.ui.witnessTasks";

	public record Row(WitnessVotes.Seat seat, String witness) {
	}

	private static final String REVEAL_TIP = "Reveals the vote committed from this workspace";

	private Action violated;
	private Action met;
	private Action reveal;

	@Override
	protected void createColumns() {
		column("Agreement", 330, "The agreement the account witnesses", r -> r.seat().agreement());
		column("Phase", 80, "The agreement's phase", r -> r.seat().state().phase().name().toLowerCase(Locale.ROOT));
		column("Seat", 60, "The account's seat in the committee", r -> (r.seat().index() + 1) + " of " + r.seat().state().committee().size());
		column("Commit by", 190, "Votes are committed while the agreement runs", r -> Instant.ofEpochSecond(r.seat().commitDeadline()).toString());
		column("Reveal by", 190, "Committed votes are revealed until then", r -> Instant.ofEpochSecond(r.seat().revealDeadline()).toString());
		column("Vote", 140, "How far the account's vote has got", r -> r.seat().progress());
	}

	@Override
	protected void contributeActions() {
		violated = commit("Report &violated", "Commits a vote that the SLA was violated (revealed later)", true);
		met = commit("Report &met", "Commits a vote that the SLA was met (revealed later)", false);
		reveal = new Action("&Reveal") {
			@Override
			public void run() {
				Row row = selected();
				if (row == null) return;
				act("Revealing the vote on " + row.seat().agreement(), (chain, monitor) -> {
					Account key = ChainAccess.unlock(chain, row.witness());
					var step = chain.witnessVotes().reveal(key, row.seat().agreement());
					return "revealed the vote on " + row.seat().agreement() + ", gas " + step.receipt().gasUsed();
				});
			}
		};
		reveal.setToolTipText(REVEAL_TIP);
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(violated);
		bar.add(met);
		bar.add(reveal);
		selectionChanged();
	}

	private Action commit(String text, String tooltip, boolean isViolation) {
		Action action = new Action(text) {
			@Override
			public void run() {
				Row row = selected();
				if (row == null) return;
				act("Committing a vote on " + row.seat().agreement(), (chain, monitor) -> {
					Account key = ChainAccess.unlock(chain, row.witness());
					var step = chain.witnessVotes().commit(key, row.seat().agreement(), isViolation, new byte[32]);
					return "committed a vote on " + row.seat().agreement() + ", gas " + step.receipt().gasUsed();
				});
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	@Override
	protected void selectionChanged() {
		if (reveal == null) return;
		Row row = selected();
		boolean active = row != null && row.seat().state().phase() == Phase.ACTIVE;
		violated.setEnabled(active && !row.seat().committed());
		met.setEnabled(active && !row.seat().committed());
		reveal.setEnabled(active && row.seat().committed() && !row.seat().revealed() && row.seat().revealOpen());
		reveal.setToolTipText(row == null ? REVEAL_TIP : revealTip(row.seat()));
	}

	/** Why Reveal is off while the committee still commits: the contract would refuse it (RevealTooEarly). */
	static String revealTip(WitnessVotes.Seat seat) {
		if (!seat.committed() || seat.revealed() || seat.revealOpen()) {
			return REVEAL_TIP;
		}
		var state = seat.state();
		return REVEAL_TIP + "; reveals open once all " + state.committeeSize() + " witnesses have committed ("
				+ Integer.bitCount(state.commitMask()) + " so far) or the agreement ends at "
				+ Instant.ofEpochSecond(state.deadline());
	}

	@Override
	protected ChainJob.Work<List<Row>> read() {
		return (chain, monitor) -> {
			String witness = ChainAccess.account(chain);
			return chain.witnessVotes().seats(witness).stream().map(s -> new Row(s, witness)).toList();
		};
	}

	@Override
	protected String summary(List<Row> rows) {
		return rows.isEmpty() ? "No committee seat for this account (join the witness pool: allstar witness join)."
				: rows.size() + (rows.size() == 1 ? " committee seat of " : " committee seats of ") + rows.get(0).witness();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import org.allstar.chain.Account;
import org.allstar.chain.AgreementState;
import org.allstar.chain.Amounts;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.TextHash;
import org.allstar.chain.Transactions;
import org.allstar.chain.WorkspaceChain;
import org.allstar.market.SlaOffer;
import org.allstar.market.SlaSigning;
import org.allstar.market.ui.ChainAccess;
import org.allstar.market.ui.ChainJob;
import org.allstar.market.ui.Forms;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Page 2: the terms as the chain will hold them, the price in ETH and EUR at an editable exchange rate (as
 * {@code allstar sla propose --eur-per-eth}), the gas estimate, and the button that signs and funds the agreement in a
 * Job. A failure keeps the journal: pressing the button again resumes the same transactions instead of paying twice.
 */
final class SlaReviewPage extends WizardPage {
	private static final String CONSENT_HELP = "Provider consent: the provider signs these exact terms (an EIP-191 "
			+ "signature, no transaction), and the customer creates, signs and funds the agreement in one transaction "
			+ "with that signature. On the workspace's local chain the provider's key is in the same keystore, so the "
			+ "studio signs the consent with it, as allstar sla consent does in the demo flow; on a shared chain the "
			+ "provider signs on its own machine.";

	private final SlaDeal deal;
	private final Runnable signed;
	private Text provider;
	private Text customer;
	private Text hash;
	private Text duration;
	private Text committee;
	private Text rate;
	private Text price;
	private Text fee;
	private Text gas;
	private Button estimateButton;
	private Button signButton;
	private Label status;
	private String termsProblem;
	private boolean busy;
	/** Estimates once the user stops typing the rate (not on every keystroke). */
	private final Runnable estimateSoon = this::estimateIfNeeded;

	SlaReviewPage(SlaDeal deal, Runnable signed) {
		super("review");
		this.deal = deal;
		this.signed = signed;
		setTitle("Review the terms, then sign and fund");
		setDescription("What the chain will hold, what it costs, and the gas; nothing is sent before Sign and fund.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		provider = Forms.value(body, "Provider:", "The provider's wallet, from the model");
		customer = Forms.value(body, "Customer:", "The customer's wallet, from the model: it pays the escrow");
		hash = Forms.value(body, "Terms hash:", "keccak-256 of the SLA's ALLSTAR-ML text: the contract commits to every metric in it");
		duration = Forms.value(body, "Duration:", "How long the agreement runs, and the compensation on a confirmed violation");
		committee = Forms.value(body, "Witnesses:", "Committee size and quorum that confirms a violation");
		rate = Forms.text(body, "&EUR per ETH:", "The exchange rate for prices in EUR, as allstar sla propose --eur-per-eth");
		price = Forms.value(body, "Price:", "The escrowed price for the whole duration, this provider's share, in ETH and EUR");
		fee = Forms.value(body, "Witness fees:", "What the witnesses are paid, escrowed with the price");
		gas = Forms.value(body, "Gas:", "The node's estimate for creating, signing and funding, and its maximum cost");
		Forms.note(body, CONSENT_HELP);
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		buttons.setLayout(new GridLayout(2, false));
		estimateButton = new Button(buttons, SWT.PUSH);
		estimateButton.setText("Es&timate gas");
		estimateButton.setToolTipText("Asks the node what the transaction would cost now (unlocks the provider's key for the consent)");
		estimateButton.addListener(SWT.Selection, e -> estimate());
		signButton = new Button(buttons, SWT.PUSH);
		signButton.setText("&Sign and fund");
		signButton.setToolTipText("Signs the consent with the provider's key, then creates and funds the agreement with the customer's key");
		signButton.addListener(SWT.Selection, e -> sign());
		status = new Label(body, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		rate.addModifyListener(e -> recompute());
		setControl(body);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			recompute();
			rate.setFocus();
		}
	}

	private void recompute() {
		termsProblem = null;
		try {
			deal.eurPerEth = rate.getText().isBlank() ? null : new BigDecimal(rate.getText().strip());
			deal.computeTerms();
		} catch (NumberFormatException e) {
			termsProblem = "EUR per ETH: '" + rate.getText() + "' is not a number (e.g. 3000).";
		} catch (RuntimeException e) {
			termsProblem = e.getMessage();
		}
		show(deal.terms);
		validate();
		if (deal.terms != null && isCurrentPage()) {
			getShell().getDisplay().timerExec(-1, estimateSoon);
			getShell().getDisplay().timerExec(600, estimateSoon);
		}
	}

	private void show(SlaTerms t) {
		boolean known = t != null;
		provider.setText(known ? deal.provider.getName() + "  " + t.provider() : "");
		customer.setText(known ? deal.sla.getCustomer().getName() + "  " + t.customer() : "");
		hash.setText(known ? TextHash.hex(t.termsHash()) : "");
		duration.setText(known ? days(t.duration()) + ", compensation " + t.compensationBps() / 100.0 + " %" : "");
		committee.setText(known ? t.committeeSize() + " witnesses, quorum " + t.quorum() : "");
		price.setText(known ? money(t.price()) : "");
		fee.setText(known ? money(t.witnessFee()) : "");
		showEstimate();
	}

	private void showEstimate() {
		Transactions.Estimate e = deal.estimate;
		gas.setText(e == null ? "" : String.format(Locale.ROOT, "%,d gas, at most %s", e.gas(), money(e.maxFee())));
	}

	private String money(BigInteger wei) {
		return Amounts.ether(wei) + (deal.eurPerEth == null ? "" : "  (" + SlaOffer.eur(wei, deal.eurPerEth).toPlainString() + " EUR)");
	}

	private static String days(long seconds) {
		return seconds % 86400 == 0 ? seconds / 86400 + " days" : seconds + " s";
	}

	private void validate() {
		String problem = termsProblem != null ? termsProblem : deal.terms == null ? "Choose an SLA and a provider first." : null;
		setErrorMessage(problem);
		estimateButton.setEnabled(problem == null && !busy);
		signButton.setEnabled(problem == null && !busy && deal.result == null);
		setPageComplete(deal.result != null);
	}

	private void estimateIfNeeded() {
		if (!busy && deal.terms != null && deal.estimate == null && deal.result == null && !getControl().isDisposed()) estimate();
	}

	private record Estimated(Account providerKey, byte[] consent, SlaTerms terms, Transactions.Estimate estimate) {
	}

	private void estimate() {
		SlaTerms terms = deal.terms;
		Account known = deal.providerKey;
		run(new ChainJob<>("Estimating the gas of the SLA contract", true, (chain, monitor) -> {
			SlaContracts slas = chain.slas();
			Account key = known != null ? known : ChainAccess.unlock(chain, terms.provider());
			monitor.subTask("signing the provider's consent");
			byte[] consent = SlaSigning.consent(slas, key, terms);
			return new Estimated(key, consent, terms, SlaSigning.estimate(slas, terms, consent));
		}, getControl(), e -> {
			deal.providerKey = e.providerKey();
			deal.consent = e.consent();
			deal.consentFor = e.terms();
			if (e.terms().equals(deal.terms)) deal.estimate = e.estimate();
			done(deal.estimate == null ? "The terms changed meanwhile; estimating again." : "Estimated; nothing was sent.");
			showEstimate();
			if (deal.estimate == null) estimateSoon.run();
		}, this::failed));
	}

	private record Signed(Account providerKey, Account customerKey, byte[] consent, SlaContracts.Step step, AgreementState state) {
	}

	private void sign() {
		SlaTerms terms = deal.terms;
		Account providerKey = deal.providerKey;
		Account customerKey = deal.customerKey;
		byte[] consent = deal.consentForTerms();
		run(new ChainJob<>("Signing and funding the SLA contract", true, (chain, monitor) -> {
			monitor.setWorkRemaining(5);
			monitor.subTask("resuming transactions left pending by an earlier attempt");
			chain.tx().resume();
			monitor.worked(1);
			SlaContracts slas = chain.slas();
			Account provider = providerKey != null ? providerKey : ChainAccess.unlock(chain, terms.provider());
			byte[] signature = consent != null ? consent : SlaSigning.consent(slas, provider, terms);
			monitor.worked(1);
			Account customer = customerKey != null ? customerKey : unlockCustomer(chain, terms, provider);
			monitor.worked(1);
			monitor.subTask("creating, signing and funding the agreement");
			SlaContracts.Step step = SlaSigning.signAndFund(slas, customer, terms, signature);
			monitor.worked(1);
			return new Signed(provider, customer, signature, step, slas.state(step.agreement()));
		}, getControl(), s -> {
			deal.providerKey = s.providerKey();
			deal.customerKey = s.customerKey();
			deal.result = s.step();
			deal.state = s.state();
			done("Signed and funded: agreement " + s.step().agreement() + ".");
			signed.run();
		}, message -> {
			failed(message + " What was sent is kept in the transaction journal: Resume continues it without paying twice.");
			signButton.setText("&Resume");
			signButton.getParent().layout();
		}));
	}

	private static Account unlockCustomer(WorkspaceChain chain, SlaTerms terms, Account provider) {
		return provider.address().equalsIgnoreCase(terms.customer()) ? provider : ChainAccess.unlock(chain, terms.customer());
	}

	private void run(ChainJob<?> job) {
		busy = true;
		status.setText(job.getName() + "... (progress in the Progress view)");
		validate();
		job.schedule();
	}

	private void done(String text) {
		busy = false;
		status.setText(text);
		validate();
	}

	private void failed(String message) {
		busy = false;
		status.setText("");
		validate();
		setErrorMessage(message);
	}

	/** Whether a Job of this page is running (tests wait for it). */
	boolean busy() {
		return busy;
	}
}

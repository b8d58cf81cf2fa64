// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.chain.Account;
import org.allstar.chain.TextHash;
import org.allstar.market.Catalogue;
import org.allstar.market.ui.ChainAccess;
import org.allstar.market.ui.ChainJob;
import org.allstar.market.ui.Forms;
import org.allstar.market.ui.WorkbenchJobs;
import org.allstar.market.ui.views.CatalogueView;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Give feedback: the studio's account rates (1 to 5) a service whose provider settled an agreement with it, with
 * the keccak-256 hash of an evidence file (monitoring measurements, a report) so the rating can be checked later.
 * Feedback counts in the provider's reputation; the mesh takes one per customer and service.
 */
public final class FeedbackWizard extends Wizard {
	private final Page page = new Page();
	private ChainJob<String> job;

	public FeedbackWizard() {
		setWindowTitle("Give Feedback");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String service = page.service.getText();
		int rating = page.rating.getSelectionIndex() + 1;
		byte[] evidence = page.evidenceHash();
		String account = page.account;
		job = new ChainJob<>("Rating " + service, true, (chain, monitor) -> {
			Account key = ChainAccess.unlock(chain, account);
			var receipt = chain.mesh().feedback(key, service, rating, evidence);
			return service + " rated " + rating + " (gas " + receipt.gasUsed() + ")";
		}, WorkbenchJobs.shell(), done -> WorkbenchJobs.succeeded(done, CatalogueView.ID),
				message -> WorkbenchJobs.failed("Give Feedback", message));
		job.schedule();
		return true;
	}

	public ChainJob<String> job() {
		return job;
	}

	private static final class Page extends WizardPage {
		private Combo service;
		private Combo rating;
		private Text evidence;
		private Text hash;
		private String account;
		private String readProblem;

		Page() {
			super("feedback");
			setTitle("Rate a service");
			setDescription("A rating after a settled agreement, with the hash of the evidence behind it.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			service = Forms.combo(body, "&Service:", "Services whose provider settled an agreement with this account");
			rating = Forms.combo(body, "&Rating:", "1 (poor) to 5 (excellent)");
			rating.setItems("1", "2", "3", "4", "5");
			rating.select(4);
			evidence = Forms.text(body, "&Evidence file:", "Optional: a file (measurements, report) whose hash goes on the chain");
			hash = Forms.value(body, "Evidence hash:", "keccak-256 of the file's text (zero without a file)");
			Forms.note(body, "The rating counts in the provider's Beta reputation, which anyone recomputes from the chain.");
			evidence.addModifyListener(e -> validate());
			service.addModifyListener(e -> validate());
			setControl(body);
			readServices();
		}

		private record Ratable(String account, List<Catalogue.Service> services) {
		}

		private void readServices() {
			setMessage("Reading the catalogue and the settled agreements...");
			new ChainJob<>("Reading the services to rate", true, (chain, monitor) -> {
				String me = ChainAccess.account(chain);
				Catalogue catalogue = Catalogue.of(chain.mesh().history());
				return new Ratable(me, catalogue.ratableBy(me, chain.slas().settlements()));
			}, getControl(), r -> {
				setMessage(null);
				account = r.account();
				service.setItems(r.services().stream().map(Catalogue.Service::name).toArray(String[]::new));
				if (service.getItemCount() > 0) service.select(0);
				readProblem = r.services().isEmpty() ? "No settled agreement of " + r.account() + " with a provider of a published service yet." : null;
				validate();
			}, message -> {
				readProblem = message;
				validate();
			}).schedule();
		}

		byte[] evidenceHash() {
			if (evidence.getText().isBlank()) return new byte[32];
			try {
				return TextHash.of(Files.readString(Path.of(evidence.getText().strip())));
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}

		private void validate() {
			byte[] h = evidenceHash();
			hash.setText(h == null ? "" : TextHash.hex(h));
			String problem = readProblem != null ? readProblem : account == null ? "Reading..."
					: service.getSelectionIndex() < 0 ? "Choose the service." : h == null ? "Cannot read the evidence file " + evidence.getText() + "." : null;
			setErrorMessage(account == null && readProblem == null ? null : problem);
			setPageComplete(problem == null);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.nio.file.Path;

import org.allstar.market.ui.views.ContractsView;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Sign SLA contract: from an sla of the model to an active, funded agreement on the chain. Choose the SLA and
 * provider, review the terms, price and gas, sign and fund (in a Job), see the agreement.
 */
public final class SignSlaWizard extends Wizard {
	private final SlaDeal deal = new SlaDeal();
	private final SlaResultPage result = new SlaResultPage(deal);
	private final SlaReviewPage review = new SlaReviewPage(deal, this::signed);

	/** {@code folder}: the model folder to start with (may be null). */
	public SignSlaWizard(Path folder) {
		deal.folder = folder;
		setWindowTitle("Sign SLA Contract");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(new SlaChoicePage(deal));
		addPage(review);
		addPage(result);
	}

	private void signed() {
		result.show();
		getContainer().showPage(result);
		getContainer().updateButtons();
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == review && deal.result == null ? null : super.getNextPage(page);
	}

	@Override
	public boolean canFinish() {
		return deal.result != null;
	}

	@Override
	public boolean performFinish() {
		try {
			ContractsView view = (ContractsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(ContractsView.ID);
			view.refresh(true);
		} catch (PartInitException e) {
			// the agreement exists whatever the view does; the view's own error is in the log
		}
		return true;
	}

	/** The agreement's address once signed, for tests. */
	public String agreement() {
		return deal.result == null ? null : deal.result.agreement();
	}

	/** Whether the review page runs a Job, for tests. */
	public boolean busy() {
		return review.busy();
	}
}

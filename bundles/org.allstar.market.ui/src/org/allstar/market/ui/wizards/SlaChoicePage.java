// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.market.ui.Forms;
import org.allstar.market.ui.ModelFolder;
import org.allstar.model.Provider;
import org.allstar.model.Sla;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Page 1: the model folder, one of its SLAs and one of the SLA's providers (each provider gets its own agreement). */
final class SlaChoicePage extends WizardPage {
	private final SlaDeal deal;
	private Text folder;
	private Combo sla;
	private Combo provider;
	private String loadProblem;
	private int loads;

	SlaChoicePage(SlaDeal deal) {
		super("sla");
		this.deal = deal;
		setTitle("Choose the SLA");
		setDescription("The SLA of the model to turn into a contract on the chain, and the provider it binds.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		folder = Forms.text(body, "&Model folder:", "A folder of ALLSTAR-ML files with an sla (for example the mog-live example)");
		sla = Forms.combo(body, "&SLA:", "The sla whose text the contract commits to (its keccak-256 hash)");
		provider = Forms.combo(body, "&Provider:", "Each provider of the SLA gets its own agreement; choose which one to sign with");
		Forms.note(body, "The customer of the SLA pays the price into escrow; a committee of three staked witnesses is drawn "
				+ "from the witness pool to watch the agreement. The next page shows the terms, the price and the gas.");
		if (deal.folder != null) folder.setText(deal.folder.toString());
		folder.addModifyListener(e -> load());
		sla.addModifyListener(e -> chooseSla());
		provider.addModifyListener(e -> chooseProvider());
		setControl(body);
		load();
	}

	private void load() {
		Path path = Path.of(folder.getText().strip());
		deal.models = null;
		loadProblem = null;
		int load = ++loads;
		if (folder.getText().isBlank() || !Files.isDirectory(path)) {
			loadProblem = "Enter the folder of the model (a folder with .allstar files).";
			fill();
			return;
		}
		setMessage("Loading the models of " + path + "...");
		Job job = Job.create("Loading the models of " + path, monitor -> {
			LoadedModels loaded;
			String problem;
			try {
				loaded = ModelFolder.load(path);
				problem = ModelFolder.firstError(loaded).map(e -> "The model has errors; fix them first: " + e).orElse(null);
			} catch (RuntimeException e) {
				loaded = null;
				problem = e.getMessage();
			}
			LoadedModels result = loaded;
			String reason = problem;
			getShell().getDisplay().asyncExec(() -> {
				if (getControl().isDisposed() || load != loads) return;
				deal.folder = path;
				deal.models = result;
				loadProblem = reason;
				setMessage(null);
				fill();
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void fill() {
		List<Sla> slas = deal.slas();
		sla.setItems(slas.stream().map(Sla::getName).toArray(String[]::new));
		if (!slas.isEmpty()) sla.select(0);
		chooseSla();
	}

	private void chooseSla() {
		int i = sla.getSelectionIndex();
		deal.sla = i < 0 ? null : deal.slas().get(i);
		provider.setItems(deal.sla == null ? new String[0]
				: deal.sla.getProviders().stream().map(Provider::getName).toArray(String[]::new));
		if (provider.getItemCount() > 0) provider.select(0);
		chooseProvider();
	}

	private void chooseProvider() {
		int i = provider.getSelectionIndex();
		deal.provider = i < 0 || deal.sla == null ? null : deal.sla.getProviders().get(i);
		validate();
	}

	private void validate() {
		String problem = loadProblem != null ? loadProblem
				: deal.models == null ? "Loading..." : deal.slas().isEmpty() ? "No sla in " + deal.folder + "; write one or choose another folder."
				: deal.provider == null ? "Choose the provider." : null;
		setErrorMessage(deal.models == null && loadProblem == null ? null : problem);
		setPageComplete(problem == null);
	}
}

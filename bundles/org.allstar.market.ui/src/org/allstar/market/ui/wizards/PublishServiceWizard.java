// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.allstar.chain.Account;
import org.allstar.chain.Amounts;
import org.allstar.chain.ChainException;
import org.allstar.chain.TextHash;
import org.allstar.lang.load.LoadedModels;
import org.allstar.market.Descriptions;
import org.allstar.market.ui.ChainAccess;
import org.allstar.market.ui.ChainJob;
import org.allstar.market.ui.Forms;
import org.allstar.market.ui.ModelFolder;
import org.allstar.market.ui.WorkbenchJobs;
import org.allstar.market.ui.views.CatalogueView;
import org.allstar.model.Accelerator;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Publish service: a provider of the model becomes a service of the knowledge mesh's catalogue. Its description is
 * the provider's ALLSTAR-ML file, committed by hash (shown for review) and found again by the file's URI; kind,
 * region and accelerators are what discovery matches, read from that file. The provider's wallet publishes.
 */
public final class PublishServiceWizard extends Wizard {
	private final Page page;
	private ChainJob<String> job;

	public PublishServiceWizard(Path folder) {
		page = new Page(folder);
		setWindowTitle("Publish Service");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Provider provider = page.provider();
		String wallet = provider.getWallet();
		Path description = page.descriptionFile();
		String name = page.service.getText().strip();
		String endpoint = page.endpoint.getText().strip();
		BigInteger price = Amounts.wei(page.price.getText());
		int availability = Amounts.basisPoints(page.availability.getText());
		job = new ChainJob<>("Publishing " + name, true, (chain, monitor) -> {
			Account key = ChainAccess.unlock(chain, wallet);
			monitor.subTask("publishing " + name);
			try {
				var receipt = Descriptions.publish(chain.mesh(), key, name, description, null, endpoint, price, availability);
				return name + " published (gas " + receipt.gasUsed() + ")";
			} catch (IOException e) {
				throw new ChainException("cannot read the description " + description + ": " + e.getMessage(), e);
			}
		}, WorkbenchJobs.shell(), done -> WorkbenchJobs.succeeded(done, CatalogueView.ID),
				message -> WorkbenchJobs.failed("Publish Service", message));
		job.schedule();
		return true;
	}

	/** The job that Finish started (tests join it). */
	public ChainJob<String> job() {
		return job;
	}

	private static final class Page extends WizardPage {
		private final Path initialFolder;
		private LoadedModels models;
		private List<Provider> providers = List.of();
		private String loadProblem;
		private Text folder;
		private Combo providerCombo;
		private Text kind;
		private Text accelerators;
		private Text service;
		private Text price;
		private Text availability;
		private Text endpoint;
		private Text description;
		private Text hash;

		Page(Path folder) {
			super("service");
			this.initialFolder = folder;
			setTitle("Publish a service");
			setDescription("A provider of the model, offered in the knowledge mesh's catalogue at a price and availability.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			folder = Forms.text(body, "&Model folder:", "A folder of ALLSTAR-ML files with providers");
			providerCombo = Forms.combo(body, "P&rovider:", "The provider to offer; its wallet publishes (its key must be in the keystore)");
			kind = Forms.value(body, "Kind, region:", "What discovery (Provider catalogue filters, allstar market find) matches");
			accelerators = Forms.value(body, "Accelerators:", "The accelerators of the provider's nodes");
			service = Forms.text(body, "&Service name:", "The name in the catalogue (unique in the mesh)");
			price = Forms.text(body, "&Price:", "The price as an amount of ether: 0.5ETH, 20 gwei");
			availability = Forms.text(body, "&Availability %:", "The availability offered, in percent (two decimals at most)");
			endpoint = Forms.text(body, "&Endpoint:", "Where customers reach the service (a URL)");
			description = Forms.value(body, "Description:", "The provider's ALLSTAR-ML file: its text is the service's description");
			hash = Forms.value(body, "Description hash:", "keccak-256 of the description: what the chain commits to");
			Forms.note(body, "Others trust the description only while the file still has this hash.");
			if (initialFolder != null) folder.setText(initialFolder.toString());
			folder.addModifyListener(e -> load());
			providerCombo.addModifyListener(e -> chooseProvider());
			for (Text t : List.of(service, price, availability, endpoint)) t.addModifyListener(e -> validate());
			setControl(body);
			load();
		}

		private void load() {
			Path path = Path.of(folder.getText().strip());
			models = null;
			providers = List.of();
			loadProblem = folder.getText().isBlank() || !Files.isDirectory(path) ? "Enter the folder of the model." : null;
			if (loadProblem != null) {
				fill();
				return;
			}
			setMessage("Loading the models of " + path + "...");
			Job.create("Loading the models of " + path, monitor -> {
				LoadedModels loaded = null;
				String problem;
				try {
					loaded = ModelFolder.load(path);
					problem = ModelFolder.firstError(loaded).map(e -> "The model has errors; fix them first: " + e).orElse(null);
				} catch (RuntimeException e) {
					problem = e.getMessage();
				}
				LoadedModels result = loaded;
				String reason = problem;
				getShell().getDisplay().asyncExec(() -> {
					if (getControl().isDisposed() || !path.toString().equals(folder.getText().strip())) return;
					models = result;
					loadProblem = reason;
					setMessage(null);
					fill();
				});
				return Status.OK_STATUS;
			}).schedule();
		}

		private void fill() {
			providers = models == null ? List.of() : models.models().stream().flatMap(m -> m.getElements().stream())
					.filter(Provider.class::isInstance).map(Provider.class::cast).filter(p -> p.getWallet() != null).toList();
			providerCombo.setItems(providers.stream().map(Provider::getName).toArray(String[]::new));
			if (!providers.isEmpty()) providerCombo.select(0);
			chooseProvider();
		}

		Provider provider() {
			int i = providerCombo.getSelectionIndex();
			return i < 0 ? null : providers.get(i);
		}

		Path descriptionFile() {
			Provider p = provider();
			return p == null ? null : Path.of(p.eResource().getURI().toFileString());
		}

		private void chooseProvider() {
			Provider p = provider();
			kind.setText(p == null ? "" : (p.getKind() == null ? "?" : p.getKind().getLiteral()) + ", " + p.getRegion());
			accelerators.setText(p == null ? "" : String.join(", ", p.getNodes().stream().flatMap(n -> n.getAccelerators().stream())
					.map(PublishServiceWizard::describe).distinct().toList()));
			if (p != null) {
				service.setText(p.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
				if (p.getAvailability() != null) {
					Quantities.valueIn(p.getAvailability(), Unit.PERCENT).ifPresent(v -> availability.setText(
							v.toBigDecimal(java.math.MathContext.DECIMAL64).stripTrailingZeros().toPlainString()));
				}
				if (!p.getEndpoints().isEmpty()) endpoint.setText(p.getEndpoints().get(0).getUrl());
			}
			Path file = descriptionFile();
			description.setText(file == null ? "" : file.toString());
			try {
				hash.setText(file == null ? "" : TextHash.hex(Descriptions.hash(file)));
			} catch (IOException e) {
				hash.setText("cannot read: " + e.getMessage());
			}
			validate();
		}

		private void validate() {
			String problem = loadProblem != null ? loadProblem : models == null ? "Loading..."
					: provider() == null ? "No provider with a wallet in this folder." : fieldProblem();
			setErrorMessage(models == null && loadProblem == null ? null : problem);
			setPageComplete(problem == null);
		}

		private String fieldProblem() {
			if (service.getText().isBlank()) return "Enter the service name.";
			if (endpoint.getText().isBlank()) return "Enter the endpoint.";
			try {
				Amounts.wei(price.getText());
				int bps = Amounts.basisPoints(availability.getText());
				return bps < 0 || bps > 10000 ? "Availability is a percentage from 0 to 100." : null;
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}
	}

	private static String describe(Accelerator a) {
		return (a.getKind() == null ? "" : a.getKind().getLiteral()) + (a.getModel() == null ? "" : " " + a.getModel());
	}
}

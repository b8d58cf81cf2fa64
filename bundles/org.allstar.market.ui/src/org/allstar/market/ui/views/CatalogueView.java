// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.views;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.allstar.chain.Amounts;
import org.allstar.chain.SlaContracts;
import org.allstar.market.Catalogue;
import org.allstar.market.Descriptions;
import org.allstar.market.ReputationAuditor;
import org.allstar.market.ServiceQuery;
import org.allstar.market.ui.ChainJob;
import org.allstar.market.ui.Forms;
import org.allstar.market.ui.ModelFolder;
import org.allstar.model.Provider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Provider catalogue: the services of the knowledge mesh, rebuilt from its logs, filtered as
 * {@code allstar market find} does (kind, region, accelerator from each service's verified description; price,
 * availability; reputation recomputed from the chain's history with the Beta model), best reputation first.
 */
public final class CatalogueView extends ChainTableView<CatalogueView.Row> {
	public static final String ID = "org.allstar.market.ui.catalogue";

	/** A service that matched, with its provider's name and the result's misses (for the summary). */
	public record Row(ServiceQuery.Match match, String providerName, int misses) {
	}

	private Text kind;
	private Text region;
	private Text accelerator;
	private Text maxPrice;
	private Text minAvailability;
	private Text minReputation;

	@Override
	protected void createHeader(Composite parent) {
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filters.setLayout(new GridLayout(8, false));
		kind = Forms.text(filters, "&Kind:", "cloud, edge, mobile... (from the service's description)");
		region = Forms.text(filters, "R&egion:", "The provider's region, e.g. eu-central-1");
		accelerator = Forms.text(filters, "&Accelerator:", "An accelerator kind, vendor or model of one of its nodes, e.g. gpu");
		maxPrice = Forms.text(filters, "Max &price:", "At most this price, e.g. 1ETH");
		minAvailability = Forms.text(filters, "Min a&vailability %:", "At least this availability, e.g. 99.9");
		minReputation = Forms.text(filters, "Min re&putation:", "At least this Beta reputation, from 0 to 1 (no history: 0.5)");
		Button apply = new Button(filters, SWT.PUSH);
		apply.setText("&Find");
		apply.setToolTipText("Reads the catalogue again with these filters");
		apply.addListener(SWT.Selection, e -> refresh(true));
	}

	@Override
	protected void createColumns() {
		column("Service", 130, "The service's name in the mesh", r -> r.match().service().name());
		column("Provider", 130, "The participant that published it", Row::providerName);
		column("Kind, region", 150, "From its description (empty when the description cannot be verified)", CatalogueView::where);
		column("Price", 100, "Its price", r -> Amounts.ether(r.match().service().priceWei()));
		column("Availability", 90, "The availability offered", r -> r.match().service().availabilityBps() / 100.0 + " %");
		column("Reputation", 90, "Beta reputation from completed SLAs, confirmed violations and feedback",
				r -> String.format(Locale.ROOT, "%.3f", r.match().reputation().value()));
		column("Endpoint", 220, "Where customers reach it", r -> r.match().service().endpoint());
	}

	private static String where(Row r) {
		Provider p = r.match().description();
		return p == null ? "" : (p.getKind() == null ? "?" : p.getKind().getLiteral()) + ", " + p.getRegion();
	}

	@Override
	protected ChainJob.Work<List<Row>> read() {
		ServiceQuery query = query();
		return (chain, monitor) -> {
			Catalogue catalogue = Catalogue.of(chain.mesh().history());
			List<SlaContracts.Settlement> settlements = chain.slas().settlements();
			ReputationAuditor auditor = ReputationAuditor.standard();
			long now = chain.chain().now();
			Map<String, Optional<Provider>> described = new HashMap<>();
			ServiceQuery.Result result = query.run(catalogue, s -> described.computeIfAbsent(s.id(), id -> describe(s)),
					p -> auditor.score(p, settlements, catalogue.feedback(), now));
			return result.matches().stream().map(m -> new Row(m, catalogue.participant(m.service().provider())
					.map(Catalogue.Participant::name).orElse(m.service().provider()), result.misses().size())).toList();
		};
	}

	private static Optional<Provider> describe(Catalogue.Service service) {
		Optional<Path> file = Descriptions.unchangedFile(service);
		return file.flatMap(f -> ModelFolder.load(f).models().stream().flatMap(m -> m.getElements().stream())
				.filter(Provider.class::isInstance).map(Provider.class::cast)
				.filter(p -> service.provider().equalsIgnoreCase(p.getWallet())).findFirst());
	}

	/** The filters as a query; a filter that cannot be read is left out and named on the status line. */
	private ServiceQuery query() {
		if (kind == null) return ServiceQuery.ANY;
		BigInteger price = null;
		Integer availability = null;
		Double reputation = null;
		try {
			if (!maxPrice.getText().isBlank()) price = Amounts.wei(maxPrice.getText());
			if (!minAvailability.getText().isBlank()) availability = Amounts.basisPoints(minAvailability.getText());
			if (!minReputation.getText().isBlank()) reputation = Double.valueOf(minReputation.getText().strip());
		} catch (IllegalArgumentException e) {
			// the summary of the refresh replaces this; the filter is ignored meanwhile
		}
		return new ServiceQuery(blankToNull(kind), blankToNull(region), blankToNull(accelerator), price, availability, reputation);
	}

	private static String blankToNull(Text t) {
		return t.getText().isBlank() ? null : t.getText().strip();
	}

	/** Sets the filters (tests, and other views that open the catalogue on a question). */
	public void filter(String kindText, String acceleratorText) {
		kind.setText(kindText == null ? "" : kindText);
		accelerator.setText(acceleratorText == null ? "" : acceleratorText);
		refresh(true);
	}

	@Override
	protected String summary(List<Row> rows) {
		int misses = rows.isEmpty() ? 0 : rows.get(0).misses();
		return (rows.size() == 1 ? "1 service matches" : rows.size() + " services match") + (misses == 0 ? "" : "; " + misses + " do not");
	}
}

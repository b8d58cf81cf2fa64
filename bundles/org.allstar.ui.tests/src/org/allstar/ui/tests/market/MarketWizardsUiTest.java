// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allstar.chain.AgreementState;
import org.allstar.market.ui.ChainJob;
import org.allstar.market.ui.views.CatalogueView;
import org.allstar.market.ui.views.ContractsView;
import org.allstar.market.ui.views.WitnessTasksView;
import org.allstar.market.ui.wizards.FeedbackWizard;
import org.allstar.market.ui.wizards.PublishServiceWizard;
import org.allstar.market.ui.wizards.RegisterParticipantWizard;
import org.allstar.market.ui.wizards.SignSlaWizard;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The marketplace wizards and views end to end against the workspace's real local chain, on the MOG example:
 * sign the LiveStoryGold SLA (review gas and price, sign and fund) and see it active in the Contracts view; register
 * the provider, publish its service and find it in the Provider catalogue; two witnesses report and reveal a
 * violation in the Witness tasks view, and the customer rates the service. Screenshots go to target/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketWizardsUiTest {
	private static MarketFixture world;
	private static IWorkbenchPage page;

	@BeforeAll
	static void createTheWorld() throws Exception {
		world = MarketFixture.create();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterAll
	static void stopTheChain() throws Exception {
		// close the views first and let every chain job end, so that no late refresh starts the node again
		for (String id : new String[] {ContractsView.ID, CatalogueView.ID, WitnessTasksView.ID}) {
			var view = page.findView(id);
			if (view != null) page.hideView(view);
		}
		Screen.waitUntil("the chain jobs to end", () -> Job.getJobManager().find(ChainJob.FAMILY).length == 0);
		if (world != null) world.dispose();
	}

	@Test
	@Order(1)
	void signingTheMogSlaShowsGasAndPriceAndLeavesAnActiveAgreement() throws Exception {
		SignSlaWizard wizard = new SignSlaWizard(world.folder());
		Screen.Dialog dialog = new Screen.Dialog(wizard);
		dialog.open();
		try {
			Combo sla = Screen.field(dialog.area(), "&SLA:", Combo.class);
			Screen.waitUntil("the SLAs of the model", () -> sla.getItemCount() > 0 && dialog.getCurrentPage().isPageComplete());
			assertEquals("LiveStoryGold", sla.getText());
			Screen.choose(Screen.field(dialog.area(), "&Provider:", Combo.class), "AwsFrankfurt");
			dialog.next();

			Text rate = Screen.field(dialog.area(), "&EUR per ETH:", Text.class);
			assertNotNull(dialog.getCurrentPage().getErrorMessage(), "the price is in EUR: the rate is asked for");
			assertTrue(dialog.getCurrentPage().getErrorMessage().contains("exchange rate"), dialog.getCurrentPage().getErrorMessage());
			Screen.type(rate, "3000");
			Text gas = Screen.field(dialog.area(), "Gas:", Text.class);
			Text price = Screen.field(dialog.area(), "Price:", Text.class);
			Screen.waitUntil("the gas estimate", () -> !gas.getText().isEmpty() || dialog.getCurrentPage().getErrorMessage() != null);
			assertNull(dialog.getCurrentPage().getErrorMessage());
			assertTrue(gas.getText().matches("[0-9,]+ gas, at most [0-9.]+ ETH  \\([0-9.]+ EUR\\)"), gas.getText());
			// 800 EUR per 30 days for 12 months at 3,000 EUR/ETH, shared by two providers (see MarketOnChainTest)
			assertEquals("1.622222 ETH  (4866.67 EUR)", price.getText());
			Screen.screenshot("market-sign-sla-review.png");

			Button sign = Screen.button(dialog.area(), "&Sign and fund");
			Screen.press(sign);
			Screen.waitUntil("the signed agreement", () -> wizard.agreement() != null || (dialog.getCurrentPage().getErrorMessage() != null && !wizard.busy()));
			assertNull(dialog.getCurrentPage().getErrorMessage());
			Text agreement = Screen.field(dialog.area(), "&Agreement:", Text.class);
			assertEquals(wizard.agreement(), agreement.getText());
			assertEquals("active", Screen.field(dialog.area(), "Phase:", Text.class).getText());
			Screen.screenshot("market-sign-sla-result.png");
			dialog.finish();
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) dialog.close();
		}

		ContractsView contracts = (ContractsView) page.findView(ContractsView.ID);
		assertNotNull(contracts, "Finish opens the Contracts view");
		Screen.waitUntil("the agreements of the customer",
				() -> !contracts.refreshing() && contracts.rows().stream().anyMatch(r -> r.state().address().equalsIgnoreCase(wizard.agreement())));
		ContractsView.Row row = contracts.rows().stream().filter(r -> r.state().address().equalsIgnoreCase(wizard.agreement()))
				.findFirst().orElseThrow();
		assertEquals(AgreementState.Phase.ACTIVE, row.state().phase());
		assertEquals("customer", row.role());
		assertEquals(3, row.state().committee().size());
		Screen.screenshot("market-contracts-view.png");
	}

	@Test
	@Order(2)
	void aRegisteredProviderPublishesItsServiceAndTheCatalogueFindsIt() throws Exception {
		RegisterParticipantWizard register = new RegisterParticipantWizard();
		Screen.Dialog dialog = new Screen.Dialog(register);
		dialog.open();
		Screen.choose(Screen.field(dialog.area(), "&Account:", Combo.class), world.provider);
		Screen.type(Screen.field(dialog.area(), "&Name:", Text.class), "AwsFrankfurt");
		assertEquals("Choose at least one role.", dialog.getCurrentPage().getErrorMessage());
		Screen.press(Screen.button(dialog.area(), "&provider"));
		assertNull(dialog.getCurrentPage().getErrorMessage());
		Screen.screenshot("market-register-participant.png");
		dialog.finish();
		Screen.waitUntil("the registration", () -> register.job().getResult() != null);
		assertTrue(register.job().getResult().isOK(), register.job().getResult().toString());

		PublishServiceWizard publish = new PublishServiceWizard(world.folder());
		dialog = new Screen.Dialog(publish);
		dialog.open();
		Combo provider = Screen.field(dialog.area(), "P&rovider:", Combo.class);
		Screen.waitUntil("the providers of the model", () -> provider.getItemCount() > 0);
		Screen.choose(provider, "AwsFrankfurt");
		Screen.type(Screen.field(dialog.area(), "&Price:", Text.class), "0.5ETH");
		assertEquals("cloud, eu-central-1", Screen.field(dialog.area(), "Kind, region:", Text.class).getText());
		assertTrue(Screen.field(dialog.area(), "Description hash:", Text.class).getText().matches("0x[0-9a-f]{64}"));
		assertEquals("aws-frankfurt", Screen.field(dialog.area(), "&Service name:", Text.class).getText());
		assertNull(dialog.getCurrentPage().getErrorMessage());
		Screen.screenshot("market-publish-service.png");
		dialog.finish();
		Screen.waitUntil("the publication", () -> publish.job().getResult() != null);

		CatalogueView catalogue = (CatalogueView) page.showView(CatalogueView.ID);
		catalogue.filter("cloud", "gpu");
		Screen.waitUntil("the published service", () -> !catalogue.refreshing() && !catalogue.rows().isEmpty());
		CatalogueView.Row found = catalogue.rows().get(0);
		assertEquals("aws-frankfurt", found.match().service().name());
		assertEquals("AwsFrankfurt", found.providerName());
		assertEquals(0.5, found.match().reputation().value(), 1e-9, "no settled agreement yet: the Beta prior");
		Screen.screenshot("market-catalogue.png");
		catalogue.filter("edge", null);
		Screen.waitUntil("the edge query", () -> !catalogue.refreshing());
		assertTrue(catalogue.rows().isEmpty(), "AwsFrankfurt is a cloud provider");
	}

	@Test
	@Order(3)
	void witnessesReportAndRevealAViolationAndTheCustomerRatesTheService() throws Exception {
		ContractsView contracts = (ContractsView) page.showView(ContractsView.ID);
		contracts.refresh(true);
		Screen.waitUntil("the agreement", () -> !contracts.refreshing() && !contracts.rows().isEmpty());
		var committee = contracts.rows().get(0).state().committee();
		WitnessTasksView tasks = (WitnessTasksView) page.showView(WitnessTasksView.ID);
		for (int seat = 0; seat < 3; seat++) {
			// reveals open once the whole committee has committed (or the agreement ended): two violated, one met
			select(tasks, committee.get(seat));
			assertEquals("to report", tasks.rows().get(0).seat().progress());
			runAction(tasks, seat < 2 ? "Report &violated" : "Report &met", "committed");
			Screen.waitUntil("the committed vote", () -> !tasks.refreshing() && tasks.rows().get(0).seat().committed());
			tasks.getViewSite().getSelectionProvider().setSelection(new StructuredSelection(tasks.rows().get(0)));
			IAction reveal = action(tasks, "&Reveal");
			if (seat < 2) { // the contract refuses a reveal before the whole committee has committed (RevealTooEarly)
				assertFalse(reveal.isEnabled(), "no reveal while " + (2 - seat) + " witnesses still commit");
				assertTrue(reveal.getToolTipText().contains((seat + 1) + " so far"), reveal.getToolTipText());
				assertEquals("committed, waiting for the committee", tasks.rows().get(0).seat().progress());
			} else {
				assertTrue(reveal.isEnabled(), "the last commit opens the reveals");
			}
		}
		for (int seat = 0; seat < 2; seat++) {
			select(tasks, committee.get(seat));
			runAction(tasks, "&Reveal", "revealed");
			Screen.waitUntil("the revealed vote", () -> !tasks.refreshing() && !tasks.rows().isEmpty());
		}
		Screen.screenshot("market-witness-tasks.png");
		assertEquals(AgreementState.Phase.SETTLED, tasks.rows().get(0).seat().state().phase(), "two violation votes of three: quorum");

		StudioPreferences.set(StudioPreferences.ACCOUNT, world.customer);
		RegisterParticipantWizard register = new RegisterParticipantWizard();
		Screen.Dialog registering = new Screen.Dialog(register);
		registering.open();
		Screen.choose(Screen.field(registering.area(), "&Account:", Combo.class), world.customer);
		Screen.type(Screen.field(registering.area(), "&Name:", Text.class), "MogMedia");
		Screen.press(Screen.button(registering.area(), "&customer"));
		registering.finish();
		Screen.waitUntil("the customer's registration", () -> register.job().getResult() != null);
		assertNull(register.job().failure());

		FeedbackWizard feedback = new FeedbackWizard();
		Screen.Dialog dialog = new Screen.Dialog(feedback);
		dialog.open();
		Combo service = Screen.field(dialog.area(), "&Service:", Combo.class);
		Screen.waitUntil("the services to rate", () -> service.getItemCount() > 0 || dialog.getCurrentPage().getErrorMessage() != null);
		assertEquals("aws-frankfurt", service.getText());
		Screen.choose(Screen.field(dialog.area(), "&Rating:", Combo.class), "2");
		Screen.screenshot("market-feedback.png");
		dialog.finish();
		Screen.waitUntil("the feedback", () -> feedback.job().getResult() != null);
		assertNull(feedback.job().failure());
	}

	@Test
	@Order(4)
	void thePlanWizardsRiskTermUsesTheOnChainReputations() throws Exception {
		// the chain now has a settled agreement in which AwsFrankfurt was found in violation, and a rating of 2
		// every provider is still near the prior of 0.5: the model's "require reputation >= 0.7" would rule all out
		var livestory = world.project.getFile("livestory.allstar");
		String text = new String(livestory.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains("require reputation >= 0.7"));
		livestory.setContents(text.replace("require reputation >= 0.7", "require reputation >= 0.1")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8), true, false, null);
		org.allstar.plan.ui.NewDeploymentPlanWizard wizard = new org.allstar.plan.ui.NewDeploymentPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(world.project.getFile("livestory.allstar")));
		Screen.Dialog dialog = new Screen.Dialog(wizard);
		dialog.open();
		try {
			Screen.field(dialog.area(), "&Time limit (s):", org.eclipse.swt.widgets.Spinner.class).setSelection(20);
			dialog.next();
			var plan = wizard.getPage("plan");
			Screen.waitUntil("the plan", () -> plan.isPageComplete() || plan.getErrorMessage() != null);
			assertNull(plan.getErrorMessage());
			Screen.screenshot("market-plan-reputations.png");
			var composite = (org.eclipse.swt.widgets.Composite) plan.getControl();
			String figures = labels(composite).stream().filter(l -> l.startsWith("status:")).findFirst().orElseThrow();
			String risk = figures.lines().filter(l -> l.startsWith("risk: ")).findFirst().orElseThrow();
			assertEquals(String.format(java.util.Locale.ROOT, "risk: %.4f", expectedRisk(placedNodes(composite))), risk,
					"1 - the chain's reputation, summed over the nodes used: " + figures);
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) dialog.close();
		}
	}

	/** "Provider.node" of every node the plan uses (its placements table). */
	private static java.util.Set<String> placedNodes(org.eclipse.swt.widgets.Composite page) {
		org.eclipse.swt.widgets.Table placements = find(page, org.eclipse.swt.widgets.Table.class);
		java.util.Set<String> nodes = new java.util.TreeSet<>();
		for (var item : placements.getItems()) nodes.addAll(List.of(item.getText(2).split(", ")));
		return nodes;
	}

	/** What the risk term should be, from reputations read here from the same chain (AwsFrankfurt below the prior). */
	private static double expectedRisk(java.util.Set<String> nodes) throws Exception {
		var loaded = org.allstar.lang.ui.FolderModels.load(world.project, org.eclipse.xtext.util.CancelIndicator.NullImpl);
		try (var reputations = new org.allstar.market.ChainReputation(new org.allstar.chain.WorkspaceChain(
				StudioPreferences.workspaceFolder("chain"), StudioPreferences.keystoreFolder(), null, false, line -> { }))) {
			var aws = loaded.named(org.allstar.model.Provider.class, "AwsFrankfurt").get(0);
			assertTrue(reputations.reputationOf(aws).orElseThrow().doubleValue() < 0.5, "a violation lowers it");
			double risk = 0;
			for (String node : nodes) {
				var provider = loaded.named(org.allstar.model.Provider.class, node.substring(0, node.indexOf('.'))).get(0);
				risk += reputations.reputationOf(provider).map(r -> 1 - r.doubleValue()).orElse(0.0);
			}
			return risk;
		}
	}

	private static List<String> labels(org.eclipse.swt.widgets.Composite root) {
		List<String> texts = new java.util.ArrayList<>();
		for (var child : root.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) texts.add(label.getText());
			if (child instanceof org.eclipse.swt.widgets.Composite inner) texts.addAll(labels(inner));
		}
		return texts;
	}

	private static <T> T find(org.eclipse.swt.widgets.Composite root, Class<T> type) {
		for (var child : root.getChildren()) {
			if (type.isInstance(child)) return type.cast(child);
			if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				T found = find(inner, type);
				if (found != null) return found;
			}
		}
		return null;
	}

	private static void select(WitnessTasksView tasks, String witness) throws InterruptedException {
		StudioPreferences.set(StudioPreferences.ACCOUNT, witness);
		tasks.refresh(true);
		Screen.waitUntil("the seat of " + witness, () -> !tasks.refreshing() && !tasks.rows().isEmpty()
				&& tasks.rows().get(0).witness().equals(witness));
	}

	private static void runAction(WitnessTasksView view, String text, String done) throws InterruptedException {
		view.getViewSite().getSelectionProvider().setSelection(new StructuredSelection(view.rows().get(0)));
		IAction action = action(view, text);
		assertTrue(action.isEnabled(), text + " is enabled");
		action.run();
		Screen.waitUntil(done, () -> view.lastOutcome() != null);
		assertTrue(view.lastOutcome().startsWith(done), view.lastOutcome());
	}

	private static IAction action(WitnessTasksView view, String text) {
		return java.util.Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(ActionContributionItem.class::isInstance).map(i -> ((ActionContributionItem) i).getAction())
				.filter(a -> text.equals(a.getText())).findFirst().orElseThrow();
	}
}

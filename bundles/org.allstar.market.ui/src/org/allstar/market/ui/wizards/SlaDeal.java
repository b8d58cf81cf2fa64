// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.wizards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.allstar.chain.Account;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.Transactions;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.SourceText;
import org.allstar.market.SlaOffer;
import org.allstar.model.Provider;
import org.allstar.model.Sla;

/**
 * What the Sign SLA contract wizard has gathered so far: the model folder and its SLAs, the chosen SLA and provider,
 * the exchange rate, the terms they make, the unlocked keys (kept for the wizard's life only, so estimating and
 * signing unlock each key once), the consent, the estimate and the result.
 */
final class SlaDeal {
	Path folder;
	LoadedModels models;
	Sla sla;
	Provider provider;
	BigDecimal eurPerEth;
	SlaTerms terms;
	Account providerKey;
	Account customerKey;
	byte[] consent;
	SlaTerms consentFor;
	Transactions.Estimate estimate;
	SlaContracts.Step result;
	org.allstar.chain.AgreementState state;

	List<Sla> slas() {
		return models == null ? List.of() : SlaOffer.slas(models.models());
	}

	/** Recomputes the terms from the choices; null with the reason in the exception when they cannot be made. */
	SlaTerms computeTerms() {
		terms = null;
		estimate = null;
		if (sla == null || provider == null) return null;
		terms = SlaOffer.terms(sla, SourceText.of(sla), provider, eurPerEth == null ? null : SlaOffer.weiPerEur(eurPerEth),
				SlaOffer.DEFAULT_SIGN_WINDOW_SECONDS, SlaOffer.DEFAULT_REVEAL_WINDOW_SECONDS);
		return terms;
	}

	/** The consent, if it was given for exactly the current terms. */
	byte[] consentForTerms() {
		return consent != null && terms != null && terms.equals(consentFor) ? consent : null;
	}
}

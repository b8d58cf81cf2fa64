// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;

import org.allstar.chain.Account;
import org.allstar.chain.AgreementState;
import org.allstar.chain.ChainException;
import org.allstar.chain.DevChain;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.Transactions;
import org.allstar.market.SlaOffer;
import org.allstar.market.SlaSigning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sign SLA wizard's chain steps (consent, estimate, sign and fund) on a real anvil with a staked witness pool. */
class SlaSigningTest {
    @TempDir
    static Path folder;
    static DevChain dev;

    @BeforeAll
    static void start() {
        dev = DevChain.start(folder);
        dev.witnesses(3);
    }

    @AfterAll
    static void stop() {
        dev.close();
    }

    private static SlaTerms terms(Account provider, Account customer, String text) {
        return new SlaTerms(provider.address(), customer.address(), SlaTerms.hashOf(text), DevChain.ETHER, DevChain.ETHER.divide(
                BigInteger.valueOf(100)), 3600, 600, 600, 3000, 3, 2);
    }

    @Test
    void theEstimateIsWhatSigningAndFundingThenCostsAndTheAgreementIsActive() {
        Account provider = dev.account();
        Account customer = dev.account();
        SlaTerms t = terms(provider, customer, "sla Estimated {}");
        SlaContracts slas = dev.slas();
        byte[] consent = SlaSigning.consent(slas, provider, t);
        Transactions.Estimate estimate = SlaSigning.estimate(slas, t, consent);
        assertTrue(estimate.gas() > 100_000 && estimate.gas() < 1_000_000, "gas " + estimate.gas());
        assertTrue(estimate.maxFee().signum() > 0);

        SlaContracts.Step step = SlaSigning.signAndFund(slas, customer, t, consent);
        assertTrue(step.receipt().gasUsed() <= estimate.gas(), step.receipt().gasUsed() + " > " + estimate.gas());
        AgreementState state = slas.state(step.agreement());
        assertEquals(AgreementState.Phase.ACTIVE, state.phase());
        assertEquals(t.escrow(), state.balance());
        assertEquals(3, state.committee().size());

        SlaContracts.Step again = SlaSigning.signAndFund(slas, customer, t, consent);
        assertTrue(again.receipt().earlier(), "the journal resumes the same purpose instead of paying twice");
        assertEquals(step.receipt().hash(), again.receipt().hash());
    }

    @Test
    void aKeyThatIsNotThePartysWalletIsRefusedBeforeAnythingIsSigned() {
        Account provider = dev.account();
        Account customer = dev.account();
        SlaTerms t = terms(provider, customer, "sla WrongKeys {}");
        ChainException notProvider = assertThrows(ChainException.class, () -> SlaSigning.consent(dev.slas(), customer, t));
        assertTrue(notProvider.getMessage().contains("is not the provider's wallet " + provider.address()), notProvider.getMessage());
        byte[] consent = SlaSigning.consent(dev.slas(), provider, t);
        ChainException notCustomer = assertThrows(ChainException.class, () -> SlaSigning.signAndFund(dev.slas(), provider, t, consent));
        assertTrue(notCustomer.getMessage().contains("customer's wallet"), notCustomer.getMessage());
    }

    @Test
    void aConsentToOtherTermsFailsTheEstimateWithTheContractsErrorName() {
        Account provider = dev.account();
        Account customer = dev.account();
        SlaTerms t = terms(provider, customer, "sla Consented {}");
        byte[] consent = SlaSigning.consent(dev.slas(), provider, terms(provider, customer, "sla Other {}"));
        ChainException e = assertThrows(ChainException.class, () -> SlaSigning.estimate(dev.slas(), t, consent));
        assertNotNull(e.error(), "a revert names the contract's error: " + e.getMessage());
    }

    @Test
    void theExchangeRateConvertsAsTheCommandLinesEurPerEth() {
        assertEquals(BigInteger.valueOf(333_333_333_333_333L), SlaOffer.weiPerEur(new BigDecimal("3000")));
        assertEquals(new BigDecimal("4866.67"), SlaOffer.eur(new BigInteger("1622222222222220600"), new BigDecimal("3000")));
        assertThrows(IllegalArgumentException.class, () -> SlaOffer.weiPerEur(BigDecimal.ZERO));
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import org.allstar.chain.Account;
import org.allstar.chain.ChainException;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.Transactions;

/**
 * An agreement created in one step by its customer with the provider's consent: the provider signs the exact terms
 * (an EIP-191 signature, no transaction), the customer proposes with that signature and the escrow, and the factory
 * creates the agreement active. On the workspace's local chain both keys are in the same keystore (the demo flow of
 * {@code allstar sla consent} then {@code allstar sla propose --consent}); elsewhere the provider sends its consent.
 * Every transaction goes through the journal, so signing again after a failure resumes instead of paying twice.
 */
public final class SlaSigning {
    private SlaSigning() {
    }

    /** The provider's consent to {@code terms}; refuses a key that is not the provider's wallet. */
    public static byte[] consent(SlaContracts slas, Account provider, SlaTerms terms) {
        requireParty(provider, terms.provider(), "provider");
        return slas.consent(provider, terms);
    }

    /** What creating and funding the agreement would cost now, with this consent. */
    public static Transactions.Estimate estimate(SlaContracts slas, SlaTerms terms, byte[] consent) {
        return slas.estimatePropose(terms, consent);
    }

    /** Creates the agreement, signed by both and funded by the customer; its address and receipt. */
    public static SlaContracts.Step signAndFund(SlaContracts slas, Account customer, SlaTerms terms, byte[] consent) {
        requireParty(customer, terms.customer(), "customer");
        return slas.propose(customer, terms, consent);
    }

    private static void requireParty(Account account, String wallet, String role) {
        if (!account.address().equalsIgnoreCase(wallet)) {
            throw new ChainException(account.address() + " is not the " + role + "'s wallet " + wallet
                    + "; use the key of " + wallet + " or change the wallet in the model");
        }
    }
}

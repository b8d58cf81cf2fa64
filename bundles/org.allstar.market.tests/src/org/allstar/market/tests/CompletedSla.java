// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.tests;

import java.math.BigInteger;

import org.allstar.chain.Account;
import org.allstar.chain.ContractAddresses;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.Transactions;

/** Runs an SLA to a settlement without violation (no votes; the reveal window passes). */
final class CompletedSla {
    private CompletedSla() {
    }

    static void run(Transactions tx, ContractAddresses addresses, Account provider, Account customer) {
        SlaContracts slas = new SlaContracts(tx, addresses);
        SlaTerms t = new SlaTerms(provider.address(), customer.address(), SlaTerms.hashOf("completed " + provider),
                BigInteger.TEN.pow(17), BigInteger.ZERO, 100, 100, 100, 1000, 3, 2);
        String sla = slas.propose(customer, t, slas.consent(provider, t)).agreement();
        tx.chain().advanceTime(200);
        slas.settle(customer, sla);
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.tests;

import java.math.BigInteger;

import org.allstar.chain.Account;
import org.allstar.chain.Chain;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;

/** Runs an SLA to a settlement without violation (no votes; the reveal window passes). */
final class CompletedSla {
    private CompletedSla() {
    }

    static void run(SlaContracts slas, Chain chain, Account provider, Account customer) {
        SlaTerms t = new SlaTerms(provider.address(), customer.address(), SlaTerms.hashOf("completed " + provider),
                BigInteger.TEN.pow(17), BigInteger.ZERO, 100, 100, 100, 1000, 3, 2);
        String sla = slas.propose(customer, t, slas.consent(provider, t)).agreement();
        chain.advanceTime(200);
        slas.settle(customer, sla);
    }
}

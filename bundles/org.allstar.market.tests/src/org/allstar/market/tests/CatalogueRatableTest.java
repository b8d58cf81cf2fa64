// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.market.Catalogue;
import org.junit.jupiter.api.Test;

/** Which services a customer may rate from experience: those whose provider settled an agreement with it. */
class CatalogueRatableTest {
    private static MeshContracts.Published published(String id, String provider) {
        return new MeshContracts.Published(id, provider, id, new byte[32], "file:/x", "https://x", BigInteger.ONE, 9900, 1, 1);
    }

    @Test
    void onlyServicesOfProvidersWithASettledAgreementOfTheCustomerAreRatable() {
        Catalogue catalogue = Catalogue.of(List.of(published("a", "0xA"), published("b", "0xB"), published("c", "0xA"),
                new MeshContracts.Withdrawn("c", 2, 2)));
        List<SlaContracts.Settlement> settled = List.of(new SlaContracts.Settlement("0xsla", "0xa", "0xC", false, 3, 3),
                new SlaContracts.Settlement("0xsla2", "0xB", "0xOther", true, 3, 3));
        assertEquals(List.of("a"), catalogue.ratableBy("0xc", settled).stream().map(Catalogue.Service::name).toList(),
                "case of addresses does not matter; withdrawn services and other customers' agreements do not count");
        assertEquals(List.of(), catalogue.ratableBy("0xD", settled));
    }
}

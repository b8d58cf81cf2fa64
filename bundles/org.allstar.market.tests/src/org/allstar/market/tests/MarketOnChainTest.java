// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.allstar.chain.Account;
import org.allstar.chain.Chain;
import org.allstar.chain.ChainException;
import org.allstar.chain.ContractAddresses;
import org.allstar.chain.DevChain;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.Transactions;
import org.allstar.chain.TxJournal;
import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.market.Catalogue;
import org.allstar.market.ReputationAuditor;
import org.allstar.market.ServiceQuery;
import org.allstar.market.SlaOffer;
import org.allstar.model.Model;
import org.allstar.model.Provider;
import org.allstar.model.Sla;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue, discovery and reputation rebuilt from a real anvil's logs after real transactions. */
class MarketOnChainTest {
    static final BigInteger ETHER = BigInteger.TEN.pow(18);

    @TempDir
    static Path folder;
    static DevChain dev;
    static Chain chain;
    static Transactions tx;
    static ContractAddresses addresses;
    static MeshContracts mesh;
    static Account porto;
    static Account frankfurt;
    static Account customer;
    static Path descriptions;

    @BeforeAll
    static void start() throws Exception {
        dev = DevChain.start(folder);
        chain = dev.chain();
        tx = dev.tx();
        addresses = dev.addresses();
        mesh = dev.mesh();
        porto = account();
        frankfurt = account();
        customer = account();
        descriptions = folder.resolve("providers.allstar");
        Files.writeString(descriptions, """
                package market.test
                provider PortoEdge {
                  kind edge
                  region "pt-north"
                  wallet %s
                  node box {
                    cpu 8 cores
                    memory 16 GB
                    arch arm64
                    accelerator gpu nvidia "Jetson Orin" count 1 memory 16 GB
                  }
                }
                provider Frankfurt {
                  kind cloud
                  region "eu-central-1"
                  wallet %s
                  node vm {
                    cpu 16 cores
                    memory 64 GB
                    arch amd64
                  }
                }
                """.formatted(porto.address(), frankfurt.address()));
    }

    @AfterAll
    static void stop() {
        dev.close();
    }

    static Account account() {
        return dev.account();
    }

    static LoadedModels load(Path... files) {
        return AllstarMlStandaloneSetup.doSetup().getInstance(ModelLoader.class).load(List.of(files),
                CancelIndicator.NullImpl);
    }

    @Test
    void theCatalogueDiscoveryAndReputationComeFromTheLogs() throws Exception {
        mesh.register(porto, MeshContracts.ROLE_PROVIDER, "PortoEdge");
        mesh.register(frankfurt, MeshContracts.ROLE_PROVIDER | MeshContracts.ROLE_WITNESS, "Frankfurt");
        mesh.register(customer, MeshContracts.ROLE_CUSTOMER, "MogMedia");
        byte[] hash = SlaTerms.hashOf(Files.readString(descriptions));
        String uri = descriptions.toUri().toString();
        mesh.publish(porto, "porto-edge-gpu", hash, uri, "https://porto.example/api", ETHER, 9950);
        mesh.publish(frankfurt, "frankfurt-cpu", hash, uri, "https://fra.example/api", ETHER.divide(BigInteger.TWO), 9995);
        mesh.publish(frankfurt, "frankfurt-old", hash, uri, "https://fra.example/old", ETHER, 9900);
        mesh.updateAvailability(porto, "porto-edge-gpu", 9900);
        mesh.withdraw(frankfurt, "frankfurt-old");
        mesh.feedback(customer, "porto-edge-gpu", 4, SlaTerms.hashOf("measurements of match day"));
        // asked twice: the journal knows the purpose and sends nothing; without the journal the contract refuses
        mesh.feedback(customer, "porto-edge-gpu", 5, SlaTerms.hashOf("again"));
        MeshContracts forgetful = new MeshContracts(new Transactions(chain, new TxJournal(folder.resolve("other.jsonl"))),
                addresses);
        ChainException twice = assertThrows(ChainException.class,
                () -> forgetful.feedback(customer, "porto-edge-gpu", 5, SlaTerms.hashOf("again")));
        assertEquals("FeedbackAlreadyGiven", twice.error());
        ChainException notOwner = assertThrows(ChainException.class, () -> mesh.withdraw(porto, "frankfurt-cpu"));
        assertEquals("NotServiceProvider", notOwner.error());
        ChainException taken = assertThrows(ChainException.class,
                () -> mesh.publish(porto, "frankfurt-cpu", hash, uri, "x", ETHER, 9000));
        assertEquals("NameTaken", taken.error());
        assertEquals(List.of(porto.address(), "https://porto.example/api"), mesh.lookup("porto-edge-gpu"));
        assertEquals("UnknownService", assertThrows(ChainException.class, () -> mesh.lookup("frankfurt-old")).error());

        // one completed SLA for Porto
        dev.witnesses(3);
        CompletedSla.run(dev.slas(), chain, porto, customer);

        Catalogue catalogue = Catalogue.of(mesh.history());
        assertEquals(3, catalogue.participants().size());
        assertEquals(frankfurt.address().toLowerCase(), catalogue.participantNamed("Frankfurt").orElseThrow().address().toLowerCase());
        assertEquals(List.of("porto-edge-gpu", "frankfurt-cpu"), catalogue.activeServices().stream().map(Catalogue.Service::name).toList());
        assertEquals(9900, catalogue.service("porto-edge-gpu").orElseThrow().availabilityBps());
        assertFalse(catalogue.service("frankfurt-old").orElseThrow().active());
        assertEquals(List.of(4), catalogue.feedback().stream().map(MeshContracts.Feedback::rating).toList());

        // reputation without forgetting: Porto has one completed SLA (1 for) and a 4-star rating (0.75 for,
        // 0.25 against): (1.75 + 1) / (2 + 2) = 0.6875; Frankfurt has no history: 0.5
        SlaContracts slas = new SlaContracts(tx, addresses);
        ReputationAuditor auditor = new ReputationAuditor(1.0, 1);
        long now = chain.now();
        var settlements = slas.settlements();
        assertEquals(0.6875, auditor.score(porto.address(), settlements, catalogue.feedback(), now).value(), 1e-12);
        assertEquals(0.5, auditor.score(frankfurt.address(), settlements, catalogue.feedback(), now).value(), 1e-12);

        LoadedModels loaded = load(descriptions);
        ServiceQuery.Result gpu = new ServiceQuery("edge", null, "gpu", null, null, null).run(catalogue,
                s -> describe(loaded, s), p -> auditor.score(p, settlements, catalogue.feedback(), now));
        assertEquals(List.of("porto-edge-gpu"), gpu.matches().stream().map(m -> m.service().name()).toList());
        assertTrue(gpu.misses().get(0).reason().contains("kind cloud"), gpu.misses().toString());
        ServiceQuery.Result cheap = new ServiceQuery(null, null, null, ETHER.multiply(BigInteger.valueOf(6)).divide(BigInteger.TEN),
                null, null).run(catalogue, s -> describe(loaded, s), p -> auditor.score(p, settlements, catalogue.feedback(), now));
        assertEquals(List.of("frankfurt-cpu"), cheap.matches().stream().map(m -> m.service().name()).toList());
        ServiceQuery.Result trusted = new ServiceQuery(null, null, null, null, null, 0.6).run(catalogue,
                s -> describe(loaded, s), p -> auditor.score(p, settlements, catalogue.feedback(), now));
        assertEquals(List.of("porto-edge-gpu"), trusted.matches().stream().map(m -> m.service().name()).toList());
    }

    /** The provider a service describes: its description file, checked against the published hash. */
    static Optional<Provider> describe(LoadedModels loaded, Catalogue.Service service) {
        try {
            String text = Files.readString(Path.of(java.net.URI.create(service.descriptionUri())));
            if (!Arrays.equals(SlaTerms.hashOf(text), service.descriptionHash())) return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
        return loaded.models().stream().flatMap(m -> m.getElements().stream()).filter(Provider.class::isInstance)
                .map(Provider.class::cast).filter(p -> service.provider().equalsIgnoreCase(p.getWallet())).findFirst();
    }

    @Test
    void theTermsOfTheMogSlaAreComputedFromItsModel() throws Exception {
        Path examples = root().resolve("examples/mog-live");
        LoadedModels loaded;
        try (var files = Files.list(examples)) {
            loaded = load(files.filter(f -> f.toString().endsWith(".allstar")).sorted().toArray(Path[]::new));
        }
        Sla sla = loaded.models().stream().flatMap((Model m) -> m.getElements().stream()).filter(Sla.class::isInstance)
                .map(Sla.class::cast).findFirst().orElseThrow();
        Provider aws = sla.getProviders().get(0);
        String file = Files.readString(examples.resolve("sla.allstar"));
        String text = file.substring(file.indexOf("sla LiveStoryGold"), file.lastIndexOf('}') + 1);
        BigInteger weiPerEur = BigInteger.valueOf(333_333_333_333_333L); // 3,000 EUR per ether
        SlaTerms t = SlaOffer.terms(sla, text, aws, weiPerEur, 7 * 86400, 86400);
        // 800 EUR per 30 days for 12 months of 730 h: 800 × 333,333,333,333,333 wei × 31,536,000 s / 2,592,000 s
        // = 3,244,444,444,444,441,200 wei, shared by the SLA's two providers
        assertEquals(new BigInteger("1622222222222220600"), t.price());
        assertEquals(new BigInteger("30000000000000000"), t.witnessFee(), "0.01 ETH per witness, 3 witnesses");
        assertEquals(31_536_000, t.duration());
        assertEquals(3000, t.compensationBps());
        assertEquals(3, t.committeeSize());
        assertEquals(2, t.quorum());
        assertEquals(aws.getWallet(), t.provider());
        assertTrue(Arrays.equals(SlaTerms.hashOf(text), t.termsHash()));
        SlaOffer.Unfit noRate = assertThrows(SlaOffer.Unfit.class, () -> SlaOffer.terms(sla, text, aws, null, 1, 1));
        assertTrue(noRate.getMessage().contains("exchange rate"), noRate.getMessage());
    }

    static Path root() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("examples/mog-live"))) return d;
        }
        throw new IllegalStateException("no examples/ above the working directory");
    }
}

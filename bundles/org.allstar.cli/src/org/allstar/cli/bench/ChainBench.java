// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.chain.Account;
import org.allstar.chain.Chain;
import org.allstar.chain.DevChain;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.TextHash;

/**
 * {@code allstar bench --chain [--runs R]}: on a fresh local anvil, the gas of every step of an SLA lifecycle
 * (3 witnesses, quorum 2, with a violation; and one without), next to the published figures of the original
 * witness-model contracts, and the time from "sign" in the API to its confirmed receipt.
 */
final class ChainBench {
    /** Zhou et al.'s witness-model SLA contracts, as published: creation and the rest of one lifecycle. */
    static final long BASELINE_CREATE = 2_200_000;
    static final long BASELINE_REST = 1_050_000;
    static final BigInteger ETHER = DevChain.ETHER;

    private final PrintStream out;
    private final PrintStream err;
    private DevChain dev;
    private Chain chain;
    private SlaContracts slas;
    private List<Account> witnesses;
    private int counter;

    ChainBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(int runs) throws IOException {
        Path dir = Files.createTempDirectory("allstar-chain-bench");
        try (DevChain d = DevChain.start(dir)) {
            dev = d;
            chain = dev.chain();
            slas = dev.slas();
            witnesses = dev.witnesses(3);
            err.println("allstar bench: anvil at " + chain.url() + ", contracts deployed, 3 witnesses online");
            Map<String, Long> violation = violationLifecycle();
            Map<String, Long> clean = cleanLifecycle();
            print("SLA lifecycle with a violation (3 witnesses, quorum 2)", violation);
            print("SLA lifecycle without a violation (provider proposes, customer funds, 1 vote, settled after the end)", clean);
            long total = violation.values().stream().mapToLong(Long::longValue).sum();
            out.printf("original witness-model contracts (published): create %,d + rest %,d = %,d gas%n", BASELINE_CREATE,
                    BASELINE_REST, BASELINE_CREATE + BASELINE_REST);
            out.printf("ratio (this lifecycle / original): %.3f; target: under 600,000 gas: %s%n",
                    total / (double) (BASELINE_CREATE + BASELINE_REST), total < 600_000 ? "met" : "NOT met");
            signLatency(runs);
            return total < 600_000 ? 0 : 1;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Map<String, Long> violationLifecycle() {
        Map<String, Long> gas = new LinkedHashMap<>();
        Account provider = account();
        Account customer = account();
        SlaTerms t = terms(provider, customer);
        var created = slas.propose(customer, t, slas.consent(provider, t));
        gas.put("create + both signatures + escrow (customer, provider's consent)", created.receipt().gasUsed());
        String sla = created.agreement();
        List<String> committee = slas.committee(sla);
        byte[] evidence = TextHash.of("p95 latency 212 ms");
        for (int i = 0; i < 2; i++) {
            gas.put("commit vote " + (i + 1), slas.commitVote(witness(committee.get(i)), sla, true, evidence, nonce(i)).receipt().gasUsed());
        }
        chain.advanceTime(t.duration()); // two of three committed: reveals open at the end
        gas.put("reveal vote 1 (after the end)", slas.revealVote(witness(committee.get(0)), sla, true, evidence, nonce(0)).receipt().gasUsed());
        gas.put("reveal vote 2 (reaches the quorum: confirms and settles)",
                slas.revealVote(witness(committee.get(1)), sla, true, evidence, nonce(1)).receipt().gasUsed());
        gas.put("withdraw (customer: compensation)", slas.withdraw(customer, sla).receipt().gasUsed());
        gas.put("withdraw (provider: the rest)", slas.withdraw(provider, sla).receipt().gasUsed());
        return gas;
    }

    private Map<String, Long> cleanLifecycle() {
        Map<String, Long> gas = new LinkedHashMap<>();
        Account provider = account();
        Account customer = account();
        SlaTerms t = terms(provider, customer);
        var proposed = slas.propose(provider, t, null);
        gas.put("create + provider's signature (provider proposes)", proposed.receipt().gasUsed());
        String sla = proposed.agreement();
        gas.put("sign + escrow (customer; activates, draws the committee)", slas.sign(customer, sla).receipt().gasUsed());
        Account w = witness(slas.committee(sla).get(0));
        byte[] evidence = TextHash.of("every window met");
        gas.put("commit vote", slas.commitVote(w, sla, false, evidence, nonce(9)).receipt().gasUsed());
        chain.advanceTime(t.duration());
        gas.put("reveal vote (after the end)", slas.revealVote(w, sla, false, evidence, nonce(9)).receipt().gasUsed());
        chain.advanceTime(t.revealWindow());
        gas.put("settle (after the reveal window)", slas.settle(customer, sla).receipt().gasUsed());
        gas.put("withdraw (provider)", slas.withdraw(provider, sla).receipt().gasUsed());
        return gas;
    }

    /** Wall time of SlaContracts.sign (the customer's escrow, which activates the agreement) to its receipt. */
    private void signLatency(int runs) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            Account provider = account();
            Account customer = account();
            String sla = slas.propose(provider, terms(provider, customer), null).agreement();
            long start = System.nanoTime();
            slas.sign(customer, sla);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("sign to confirmed receipt on the local node (customer's escrow: escrow read, estimate, send, receipt):"
                + " median %.1f ms, min %.1f ms, max %.1f ms over %d agreements%n", nanos[runs / 2] / 1e6, nanos[0] / 1e6,
                nanos[runs - 1] / 1e6, runs);
    }

    private void print(String title, Map<String, Long> gas) {
        out.println(title);
        gas.forEach((step, used) -> out.printf("  %-72s %,9d%n", step, used));
        out.printf("  %-72s %,9d%n", "whole lifecycle", gas.values().stream().mapToLong(Long::longValue).sum());
    }

    private SlaTerms terms(Account provider, Account customer) {
        return new SlaTerms(provider.address(), customer.address(), TextHash.of("bench sla " + counter++), ETHER, ETHER.divide(BigInteger.valueOf(100)),
                30 * 86400, 7 * 86400, 86400, 3000, 3, 2);
    }

    private Account account() {
        return dev.account();
    }

    private Account witness(String address) {
        return DevChain.find(witnesses, address);
    }

    private static byte[] nonce(int i) {
        return TextHash.of("nonce " + i);
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace's chain folder as the CLI and the studio share it: the node it starts, the contracts it deploys, keys. */
class WorkspaceChainTest {
    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    private WorkspaceChain open(boolean startLocal) {
        return new WorkspaceChain(dir, null, null, startLocal, log::add);
    }

    @AfterEach
    void stop() {
        try (WorkspaceChain chain = open(false)) {
            chain.stopLocalNode();
        }
    }

    @Test
    void theFirstActionStartsTheNodeAndDeploysAndTheNextReusesBoth() {
        ContractAddresses first;
        try (WorkspaceChain chain = open(true)) {
            first = chain.contracts();
            assertTrue(log.stream().anyMatch(l -> l.startsWith("started the local chain")), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("deployed ALLSTAR's contracts")), log.toString());
            assertTrue(Files.exists(chain.contractsFile()));
        }
        log.clear();
        try (WorkspaceChain chain = open(false)) {
            assertEquals(first, chain.contracts(), "a reader finds the same contracts on the running node");
            assertTrue(log.isEmpty(), "nothing started or deployed again: " + log);
            assertTrue(chain.stopLocalNode());
            assertFalse(chain.stopLocalNode(), "stopped already");
        }
    }

    @Test
    void aReaderNeverStartsTheNode() {
        try (WorkspaceChain chain = open(false)) {
            ChainException e = assertThrows(ChainException.class, chain::contracts);
            assertTrue(e.getMessage().contains("not running") && e.getMessage().contains("allstar chain start"), e.getMessage());
            assertTrue(chain.runningNode().isEmpty());
        }
    }

    @Test
    void aNewAccountIsFundedOnTheLocalChainAndUnlocksWithItsPassword() {
        char[] password = "pass word".toCharArray();
        try (WorkspaceChain chain = open(true)) {
            assertThrows(ChainException.class, chain::defaultAddress, "no key yet");
            String address = chain.createAccount(password);
            assertEquals(address, chain.defaultAddress());
            assertEquals(WorkspaceChain.LOCAL_FUNDING, chain.chain().balance(address));
            assertTrue(address.equalsIgnoreCase(chain.unlock(address, password).address()));
            assertThrows(ChainException.class, () -> chain.unlock(address, "wrong".toCharArray()));
        }
    }
}

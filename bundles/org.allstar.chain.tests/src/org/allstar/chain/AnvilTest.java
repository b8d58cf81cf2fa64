// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** Where anvil comes from, and the error when the one named is not there. */
class AnvilTest {
    @Test
    void theInstalledAnvilIsFoundAndAMissingOneIsNamed() {
        assertTrue(Files.isExecutable(Anvil.find()), "npm ci put anvil under node_modules");
        String before = System.getProperty("allstar.anvil");
        System.setProperty("allstar.anvil", "/no/such/anvil");
        try {
            ChainException e = assertThrows(ChainException.class, Anvil::find);
            assertTrue(e.getMessage().contains("/no/such/anvil") && e.getMessage().contains("npm ci"), e.getMessage());
            assertThrows(ChainException.class, () -> LocalNode.start(Files.createTempDirectory("anvil").resolve("state.json")));
        } finally {
            if (before == null) System.clearProperty("allstar.anvil");
            else System.setProperty("allstar.anvil", before);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any node by URL, over HTTP or WebSocket, with the chain id read from it; clear errors otherwise. */
class ChainConnectionTest {
    @TempDir
    Path folder;

    @Test
    void aNodeAnswersOverHttpAndWebSocketWithItsChainId() {
        try (LocalNode node = LocalNode.start(folder.resolve("state.json"))) {
            Account a = Account.ephemeral();
            try (Chain http = Chain.connect(node.url())) {
                assertEquals(LocalNode.CHAIN_ID, http.chainId());
                LocalNode.fund(http, a.address(), BigInteger.TEN);
            }
            try (Chain ws = Chain.connect("ws://127.0.0.1:" + node.port())) {
                assertEquals(LocalNode.CHAIN_ID, ws.chainId());
                assertEquals(BigInteger.TEN, ws.balance(a.address()));
                assertTrue(ws.pollMillis() < 100, "a loopback node is polled fast");
            }
        }
    }

    @Test
    void wrongUrlsSayWhatToDo() {
        ChainException scheme = assertThrows(ChainException.class, () -> Chain.connect("ftp://127.0.0.1:1"));
        assertTrue(scheme.getMessage().contains("http://, https://, ws:// or wss://"), scheme.getMessage());
        ChainException nobody = assertThrows(ChainException.class, () -> Chain.connect("http://127.0.0.1:9"));
        assertTrue(nobody.getMessage().contains("allstar chain start"), nobody.getMessage());
    }
}

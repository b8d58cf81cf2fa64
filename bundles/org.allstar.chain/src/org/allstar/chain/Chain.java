// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;
import org.web3j.protocol.websocket.WebSocketService;

/**
 * A connection to an Ethereum JSON-RPC node by URL (http(s):// or ws(s)://). The chain id is read from the
 * node; polling is fast on a loopback node (it mines at once) and follows the block time elsewhere.
 */
public final class Chain implements AutoCloseable {
    static {
        // Web3j logs through SLF4J, embedded here with its no-op provider; named explicitly because SLF4J's
        // service lookup may use a class loader (the caller's) that cannot see this bundle's embedded jars
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // not "Attempting to load provider" each run
            }
        }
    }

    private final String url;
    private final Web3jService service;
    private final Web3j web3j;
    private final long chainId;
    private final long pollMillis;
    private final ScheduledExecutorService executor;

    private Chain(String url, Web3jService service, Web3j web3j, long chainId, long pollMillis,
            ScheduledExecutorService executor) {
        this.url = url;
        this.service = service;
        this.web3j = web3j;
        this.chainId = chainId;
        this.pollMillis = pollMillis;
        this.executor = executor;
    }

    public static Chain connect(String url) {
        boolean loopback = url.contains("://127.0.0.1") || url.contains("://localhost") || url.contains("://[::1]");
        long pollMillis = loopback ? 10 : 2000; // a local node mines at once; elsewhere blocks take seconds
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "allstar-chain-poll");
            t.setDaemon(true);
            return t;
        });
        Web3jService service = service(url);
        Web3j web3j = Web3j.build(service, pollMillis, executor);
        try {
            long chainId = web3j.ethChainId().send().getChainId().longValueExact();
            return new Chain(url, service, web3j, chainId, pollMillis, executor);
        } catch (IOException | RuntimeException e) {
            web3j.shutdown();
            throw new ChainException("no Ethereum node answers at " + url + " (" + describe(e)
                    + "). Start the local chain with `allstar chain start`, or check the URL.", e);
        }
    }

    private static Web3jService service(String url) {
        if (url.startsWith("ws://") || url.startsWith("wss://")) {
            WebSocketService ws = new WebSocketService(url, false);
            try {
                ws.connect();
            } catch (ConnectException e) {
                throw new ChainException("cannot open a WebSocket to " + url + ": " + e.getMessage(), e);
            }
            return ws;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) return new HttpService(url);
        throw new ChainException("not a JSON-RPC URL: " + url + " (expected http://, https://, ws:// or wss://)");
    }

    public String url() {
        return url;
    }

    public long chainId() {
        return chainId;
    }

    public long pollMillis() {
        return pollMillis;
    }

    Web3j web3j() {
        return web3j;
    }

    public BigInteger balance(String address) {
        try {
            return web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** The code at an address ("0x" when there is none). */
    public String code(String address) {
        try {
            return web3j.ethGetCode(address, DefaultBlockParameterName.LATEST).send().getCode();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Timestamp (seconds) of the latest block: the clock the contracts' deadlines follow. */
    public long now() {
        try {
            return web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock()
                    .getTimestamp().longValueExact();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    public long blockNumber() {
        try {
            return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Moves a development node's clock forward and mines a block at the new time. */
    public void advanceTime(long seconds) {
        devRequest("evm_increaseTime", List.of(seconds));
        devRequest("evm_mine", List.of());
    }

    /** A call only development nodes answer (anvil_*, evm_*). */
    void devRequest(String method, List<?> params) {
        try {
            Response<?> response = new Request<>(method, params, service, RawResponse.class).send();
            if (response.hasError()) {
                throw new ChainException(method + " failed on " + url + ": " + response.getError().getMessage()
                        + " (only a local development node accepts it)");
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    ChainException unreachable(IOException e) {
        return new ChainException("the Ethereum node at " + url + " stopped answering (" + describe(e) + ")", e);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        web3j.shutdown();
        executor.shutdownNow();
    }

    /** A JSON-RPC answer whose result is not needed. */
    public static final class RawResponse extends Response<Object> {
    }
}

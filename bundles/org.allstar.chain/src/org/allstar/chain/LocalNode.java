// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local chain: an anvil process on 127.0.0.1 and a free port, its state (contracts, balances) kept in
 * a file that is loaded at start and written every few seconds and on stop, so a restart keeps everything.
 * Development only: its accounts and keys are anvil's well-known ones.
 */
public final class LocalNode implements AutoCloseable {
    /** anvil's chain id; {@link Chain} reads the id from the node anyway. */
    public static final long CHAIN_ID = 31337;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path stateFile;

    private LocalNode(Process process, int port, Path stateFile) {
        this.process = process;
        this.port = port;
        this.stateFile = stateFile;
    }

    /** Starts anvil with its state in {@code stateFile} (created on the first stop), mining every transaction. */
    public static LocalNode start(Path stateFile) {
        return start(Anvil.find(), stateFile, true, null);
    }

    /**
     * Starts anvil in its own session (setsid), so that it outlives the command that started it and a Ctrl-C in
     * that terminal does not reach it; output goes to {@code log}. Stop it with {@link #stop(ProcessHandle)}.
     */
    public static LocalNode startDetached(Path stateFile, Path log) {
        return start(Anvil.find(), stateFile, true, log, Files.isExecutable(Path.of("/usr/bin/setsid")));
    }

    /**
     * Starts anvil. {@code automine} false leaves sent transactions pending (tests of a node that dies before
     * it mines); {@code log} receives the node's output (null: discarded).
     */
    public static LocalNode start(Path anvil, Path stateFile, boolean automine, Path log) {
        return start(anvil, stateFile, automine, log, false);
    }

    private static LocalNode start(Path anvil, Path stateFile, boolean automine, Path log, boolean ownSession) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (ownSession) command.add("/usr/bin/setsid");
        command.addAll(List.of(anvil.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--chain-id", Long.toString(CHAIN_ID), "--state", stateFile.toString(),
                "--state-interval", "2"));
        if (!automine) command.add("--no-mining");
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (log == null) builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            else builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            LocalNode node = new LocalNode(builder.start(), port, stateFile);
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new ChainException("cannot start anvil (" + anvil + "): " + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path stateFile() {
        return stateFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the node gracefully; anvil writes its state file on the way out. */
    @Override
    public void close() {
        stop(process.toHandle());
    }

    /** Ends the process at once, as a crash would: whatever was not yet written to the state file is lost. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the anvil process with this pid (for example one started by an earlier `allstar chain start`). */
    public static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        // HTTP/1.1: the JDK client's default h2c upgrade request is not answered by every node
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ChainException("anvil stopped at start (exit " + process.exitValue() + "); is the state file "
                        + stateFile + " from another anvil version? Move it away to start a new chain.");
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.ofString()).body().contains("result")) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new ChainException("anvil did not answer on " + url() + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ChainException("no free port on 127.0.0.1 for the local chain: " + e.getMessage(), e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sets an account's balance; only a development node (anvil) accepts this. */
    public static void fund(Chain chain, String address, BigInteger wei) {
        chain.devRequest("anvil_setBalance", List.of(address, "0x" + wei.toString(16)));
    }
}

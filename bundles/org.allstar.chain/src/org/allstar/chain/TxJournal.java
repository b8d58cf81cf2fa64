// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The journal of sent transactions: one JSON line when a transaction is signed (before it is sent, with its
 * signed bytes) and one when its fate is known, each forced to disk. After a crash or a lost node,
 * {@link Transactions#resume()} finds the signed ones without a fate and sends the same bytes again: the same
 * nonce, so a resend can never pay twice. Signed transactions are public once sent; no key is ever written.
 */
public final class TxJournal {
    /** What happened to a transaction: signed (fate unknown), mined, reverted, failed (rejected), dropped. */
    public enum State { SIGNED, MINED, REVERTED, FAILED, DROPPED }

    public record Entry(String purpose, String hash, String from, long nonce, long chainId, String raw, State state,
            String detail) {
        Entry with(State newState, String newDetail) {
            return new Entry(purpose, hash, from, nonce, chainId, raw, newState, newDetail);
        }

        public boolean pending() {
            return state == State.SIGNED;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public TxJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    synchronized void signed(String purpose, String hash, String from, long nonce, long chainId, String raw) {
        ObjectNode line = JSON.createObjectNode().put("event", "signed").put("hash", hash).put("from", from)
                .put("nonce", nonce).put("chainId", chainId).put("raw", raw).put("time", System.currentTimeMillis());
        if (purpose != null) line.put("purpose", purpose);
        append(line);
    }

    synchronized void settled(String hash, State state, String detail) {
        append(JSON.createObjectNode().put("event", state.name().toLowerCase(java.util.Locale.ROOT)).put("hash", hash)
                .put("detail", detail == null ? "" : detail).put("time", System.currentTimeMillis()));
    }

    /** Every transaction in the journal, in the order they were signed, with its latest state. */
    public synchronized List<Entry> entries() {
        Map<String, Entry> byHash = new LinkedHashMap<>();
        if (!Files.exists(file)) return List.of();
        try {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (text.isBlank()) continue;
                JsonNode line;
                try {
                    line = JSON.readTree(text);
                } catch (IOException e) {
                    continue; // a line cut short by a crash while writing: its transaction was never sent
                }
                String hash = line.path("hash").asText();
                String event = line.path("event").asText();
                if (event.equals("signed")) {
                    byHash.put(hash, new Entry(line.hasNonNull("purpose") ? line.get("purpose").asText() : null, hash,
                            line.path("from").asText(), line.path("nonce").asLong(), line.path("chainId").asLong(),
                            line.path("raw").asText(), State.SIGNED, ""));
                } else if (byHash.containsKey(hash)) {
                    byHash.put(hash, byHash.get(hash).with(State.valueOf(event.toUpperCase(java.util.Locale.ROOT)),
                            line.path("detail").asText()));
                }
            }
        } catch (IOException e) {
            throw new ChainException("cannot read the transaction journal " + file + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(byHash.values());
    }

    public List<Entry> pending() {
        return entries().stream().filter(Entry::pending).toList();
    }

    /**
     * The latest transaction sent on this chain for a purpose that still stands: pending or mined. A reverted,
     * refused or dropped one does not count (its purpose may be tried again).
     */
    public Optional<Entry> latestFor(String purpose, long chainId) {
        List<Entry> all = entries();
        for (int i = all.size() - 1; i >= 0; i--) {
            Entry e = all.get(i);
            if (purpose.equals(e.purpose()) && e.chainId() == chainId
                    && (e.state() == State.SIGNED || e.state() == State.MINED)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private void append(ObjectNode line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new ChainException("cannot write the transaction journal " + file + " (nothing was sent): "
                    + e.getMessage(), e);
        }
    }
}

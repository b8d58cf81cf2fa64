// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A witness's commit-reveal votes. The vote and its secret nonce are written (owner-only) to the chain folder before
 * the commitment is sent, so a commit resumed after a crash sends the same vote with the same nonce, and the reveal
 * later finds them; nothing secret leaves this machine before the reveal.
 */
public final class WitnessVotes {
    /**
     * A committee seat of the witness: the agreement, its state, the seat, how far the vote has got on the chain,
     * and whether the contract takes a reveal now ({@link AgreementState#revealOpen}, at the chain's time).
     */
    public record Seat(AgreementState state, int index, boolean committed, boolean revealed, boolean revealOpen) {
        public String agreement() {
            return state.address();
        }

        /** Seconds since the epoch until which the agreement runs (votes are committed until then). */
        public long commitDeadline() {
            return state.deadline();
        }

        /** Seconds since the epoch until which committed votes are revealed. */
        public long revealDeadline() {
            return state.deadline() + state.revealWindow();
        }

        /**
         * "to report", "committed, waiting for the committee", "committed, to reveal" or "revealed", as
         * {@code allstar witness tasks} says.
         */
        public String progress() {
            if (revealed) return "revealed";
            if (committed) return revealOpen ? "committed, to reveal" : "committed, waiting for the committee";
            return "to report";
        }
    }

    private final Path folder;
    private final SlaContracts slas;
    private final WitnessContracts pool;

    public WitnessVotes(Path folder, SlaContracts slas, WitnessContracts pool) {
        this.folder = folder;
        this.slas = slas;
        this.pool = pool;
    }

    /** The witness's seats, oldest first. */
    public List<Seat> seats(String witness) {
        List<Seat> seats = new ArrayList<>();
        List<WitnessContracts.Task> tasks = pool.tasks(witness);
        long now = tasks.isEmpty() ? 0 : slas.now();
        for (WitnessContracts.Task task : tasks) {
            AgreementState s = slas.state(task.agreement());
            int index = s.indexOf(witness);
            // the chain's commit bit, not the kept vote file: a commit whose transaction failed is still to report
            boolean committed = index >= 0 && (s.commitMask() & (1 << index)) != 0;
            boolean revealed = index >= 0 && (s.revealMask() & (1 << index)) != 0;
            seats.add(new Seat(s, index, committed, revealed, s.revealOpen(now)));
        }
        return seats;
    }

    /** Commits a vote; a vote already kept for this seat is resumed as it was (same vote, same nonce). */
    public SlaContracts.Step commit(Account witness, String agreement, boolean violated, byte[] evidenceHash) {
        Path file = voteFile(agreement, witness.address());
        Properties vote;
        if (Files.exists(file)) {
            vote = read(file);
        } else {
            byte[] nonce = new byte[32];
            new SecureRandom().nextBytes(nonce);
            vote = new Properties();
            vote.setProperty("violated", Boolean.toString(violated));
            vote.setProperty("evidence", TextHash.hex(evidenceHash));
            vote.setProperty("nonce", TextHash.hex(nonce));
            WorkspaceChain.write(file, vote);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException | UnsupportedOperationException e) {
                throw new ChainException("cannot make the vote file " + file + " private: " + e.getMessage(), e);
            }
        }
        return slas.commitVote(witness, agreement, Boolean.parseBoolean(vote.getProperty("violated")),
                TextHash.bytes(vote.getProperty("evidence")), TextHash.bytes(vote.getProperty("nonce")));
    }

    /** Whether the kept vote for this seat says violated (the vote to be revealed), or null when none is kept. */
    public Boolean keptVote(String agreement, String witness) {
        Path file = voteFile(agreement, witness);
        return Files.exists(file) ? Boolean.valueOf(read(file).getProperty("violated")) : null;
    }

    /** Reveals the vote committed on this machine. */
    public SlaContracts.Step reveal(Account witness, String agreement) {
        Path file = voteFile(agreement, witness.address());
        if (!Files.exists(file)) throw new ChainException("no committed vote of " + witness.address() + " on " + agreement + " in " + file);
        Properties vote = read(file);
        return slas.revealVote(witness, agreement, Boolean.parseBoolean(vote.getProperty("violated")),
                TextHash.bytes(vote.getProperty("evidence")), TextHash.bytes(vote.getProperty("nonce")));
    }

    public Path voteFile(String agreement, String witness) {
        return folder.resolve(agreement.toLowerCase(Locale.ROOT) + "-" + witness.toLowerCase(Locale.ROOT) + ".properties");
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new ChainException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }
}

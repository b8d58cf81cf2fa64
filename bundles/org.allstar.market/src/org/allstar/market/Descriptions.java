// SPDX-License-Identifier: EPL-2.0
package org.allstar.market;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.allstar.chain.Account;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.TextHash;
import org.allstar.chain.Transactions;

/**
 * A service's description: the ALLSTAR-ML file of its provider, committed on the chain by its keccak-256 hash and
 * found again by its URI. A description read back is trusted only while the file still has the published hash.
 */
public final class Descriptions {
    private Descriptions() {
    }

    /** The hash that publishing {@code file} commits to. */
    public static byte[] hash(Path file) throws IOException {
        return TextHash.of(Files.readString(file));
    }

    /**
     * Publishes {@code name} in the mesh, described by {@code file}: its hash, and {@code uri} where others read it
     * (null: the file's own URI, enough on one machine or a shared folder).
     */
    public static Transactions.Receipt publish(MeshContracts mesh, Account provider, String name, Path file, String uri,
            String endpoint, BigInteger priceWei, int availabilityBps) throws IOException {
        Path absolute = file.toAbsolutePath();
        return mesh.publish(provider, name, hash(absolute), uri != null ? uri : absolute.toUri().toString(), endpoint, priceWei,
                availabilityBps);
    }

    /** The local file of a service's description when it still has the published hash; else empty (changed, remote, gone). */
    public static Optional<Path> unchangedFile(Catalogue.Service service) {
        try {
            URI uri = URI.create(service.descriptionUri());
            if (!"file".equals(uri.getScheme())) return Optional.empty();
            Path file = Path.of(uri);
            return Arrays.equals(hash(file), service.descriptionHash()) ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.web3j.crypto.exception.CipherException;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.WalletUtils;

/**
 * A folder of encrypted keys in the standard Ethereum keystore format (version 3, scrypt n=262144, p=1): the
 * only form in which a private key is ever written. Creating or unlocking takes 1 to 3 s and a 256 MiB scrypt
 * buffer, so callers do it off the UI thread.
 */
public final class Keystore {
    private final Path folder;

    public Keystore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Creates a new key, encrypted with the password; returns its address. */
    public String create(char[] password) {
        requirePassword(password);
        try {
            Files.createDirectories(folder);
            String file = WalletUtils.generateNewWalletFile(new String(password), folder.toFile(), true);
            return Keys.toChecksumAddress(WalletUtils.loadJsonCredentials(new String(password),
                    Files.readString(folder.resolve(file))).getAddress());
        } catch (IOException | CipherException | GeneralSecurityException e) {
            throw new ChainException("cannot create a key in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The addresses of the keys in the folder (read from the files, no password needed). */
    public List<String> addresses() {
        List<String> result = new ArrayList<>();
        for (Path file : files()) {
            try {
                String json = Files.readString(file);
                int at = json.indexOf("\"address\"");
                if (at < 0) continue;
                int start = json.indexOf('"', json.indexOf(':', at)) + 1;
                result.add(Keys.toChecksumAddress(json.substring(start, json.indexOf('"', start))));
            } catch (IOException e) {
                throw new ChainException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** Decrypts the key of an address. A wrong password gives a ChainException that says so. */
    public Account unlock(String address, char[] password) {
        Path file = fileOf(address);
        try {
            Credentials credentials = WalletUtils.loadCredentials(new String(password), file.toFile());
            return new Account(credentials);
        } catch (CipherException e) {
            throw new ChainException("wrong password for " + address + " (" + file.getFileName() + ")", e);
        } catch (IOException e) {
            throw new ChainException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Path fileOf(String address) {
        String hex = org.web3j.utils.Numeric.cleanHexPrefix(address).toLowerCase(Locale.ROOT);
        return files().stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(hex + ".json")
                || f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("--" + hex)).findFirst()
                .orElseThrow(() -> new ChainException("no key for " + address + " in " + folder
                        + "; `allstar account list` shows the keys there, `allstar account new` creates one"));
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.getFileName().toString().startsWith("UTC--")).sorted().toList();
        } catch (IOException e) {
            throw new ChainException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < 8) {
            throw new ChainException("a keystore password needs at least 8 characters");
        }
    }
}

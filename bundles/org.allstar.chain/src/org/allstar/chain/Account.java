// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;

import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;

/**
 * An unlocked account: its address and, hidden inside this bundle, its key. Comes from a {@link Keystore};
 * {@link #ephemeral()} makes one that lives in memory only (tests, throw-away accounts on the local chain).
 * toString() shows the address only, so a key never reaches a log.
 */
public final class Account {
    private final Credentials credentials;

    Account(Credentials credentials) {
        this.credentials = credentials;
    }

    public static Account ephemeral() {
        try {
            return new Account(Credentials.create(Keys.createEcKeyPair()));
        } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException | NoSuchProviderException e) {
            throw new ChainException("cannot create a key: " + e.getMessage(), e);
        }
    }

    /** The checksummed 0x address. */
    public String address() {
        return Keys.toChecksumAddress(credentials.getAddress());
    }

    /** An address in its checksummed (EIP-55) form, the form every API of this bundle returns. */
    public static String checksum(String address) {
        return Keys.toChecksumAddress(address);
    }

    Credentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return address();
    }
}

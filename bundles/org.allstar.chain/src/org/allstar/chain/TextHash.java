// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.nio.charset.StandardCharsets;

import org.web3j.crypto.Hash;

/** The keccak-256 of a text's UTF-8 bytes: how the chain commits to an ALLSTAR-ML description or SLA. */
public final class TextHash {
    private TextHash() {
    }

    public static byte[] of(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        return org.web3j.utils.Numeric.toHexString(bytes);
    }

    public static byte[] bytes(String hex) {
        return org.web3j.utils.Numeric.hexStringToByteArray(hex);
    }
}

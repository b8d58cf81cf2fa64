// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys are written only encrypted (standard scrypt), listed without a password, unlocked only with it. */
class KeystoreTest {
    @TempDir
    Path folder;

    @Test
    void aKeyIsStoredEncryptedAndUnlocksOnlyWithItsPassword() throws Exception {
        Keystore keystore = new Keystore(folder.resolve("keys"));
        String address = keystore.create("correct horse battery".toCharArray());
        assertEquals(List.of(address), keystore.addresses());

        Account account = keystore.unlock(address, "correct horse battery".toCharArray());
        assertEquals(address, account.address());
        assertEquals(address, account.toString(), "toString shows the address only");

        String privateKey = account.credentials().getEcKeyPair().getPrivateKey().toString(16);
        try (var files = Files.list(keystore.folder())) {
            for (Path file : files.toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertFalse(text.contains(privateKey), "no plain key on disk");
                assertTrue(text.contains("\"kdf\":\"scrypt\""));
                assertTrue(text.contains("\"n\":262144"), "standard scrypt, not the light variant");
            }
        }
        ChainException wrong = assertThrows(ChainException.class, () -> keystore.unlock(address, "wrong password".toCharArray()));
        assertTrue(wrong.getMessage().contains("wrong password"), wrong.getMessage());
        ChainException unknown = assertThrows(ChainException.class,
                () -> keystore.unlock("0x0000000000000000000000000000000000000001", "x".toCharArray()));
        assertTrue(unknown.getMessage().contains("allstar account new"), unknown.getMessage());
        assertThrows(ChainException.class, () -> keystore.create("short".toCharArray()));
    }
}

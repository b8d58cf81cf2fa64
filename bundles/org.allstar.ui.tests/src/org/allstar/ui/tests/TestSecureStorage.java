// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * A secure storage file of its own with a fixed master password, so that tests never meet the master-password
 * prompt of the default storage. Still encrypted: the password is what a user would otherwise type.
 */
public final class TestSecureStorage {
	private TestSecureStorage() {
	}

	public static ISecurePreferences open() throws Exception {
		Path file = Files.createTempFile("allstar-secure", ".storage");
		Files.delete(file);
		return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(
				IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE));
	}
}

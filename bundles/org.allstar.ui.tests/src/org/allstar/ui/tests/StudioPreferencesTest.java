// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The studio's settings: defaults that match the command line, plain settings, and passwords in secure storage. */
class StudioPreferencesTest {
	private static final String ADDRESS = "0x00000000000000000000000000000000000000A1";

	@BeforeAll
	static void privateSecureStorage() throws Exception {
		StudioPreferences.useSecureStorage(TestSecureStorage.open());
	}

	@AfterAll
	static void defaultSecureStorage() {
		StudioPreferences.useSecureStorage(null);
	}

	@AfterEach
	void reset() {
		for (String key : new String[] {StudioPreferences.CHAIN_URL, StudioPreferences.KEYSTORE,
				StudioPreferences.PLANNER_TIME_LIMIT, StudioPreferences.PLANNER_OBJECTIVE}) {
			StudioPreferences.set(key, null);
		}
		StudioPreferences.forgetPassword(ADDRESS);
	}

	@Test
	void defaultsAreTheCommandLinesFolders() {
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		assertTrue(StudioPreferences.chainUrl().isEmpty(), "the local chain by default");
		assertEquals(workspace.resolve(".allstar/chain/keys"), StudioPreferences.keystoreFolder());
		assertEquals(Duration.ofSeconds(StudioPreferences.DEFAULT_TIME_LIMIT_SECONDS), StudioPreferences.plannerTimeLimit());
		assertTrue(StudioPreferences.plannerObjective().isEmpty());
	}

	@Test
	void settingsAreStoredAndBlankRemovesThem() throws Exception {
		StudioPreferences.set(StudioPreferences.CHAIN_URL, " http://127.0.0.1:8545 ");
		StudioPreferences.set(StudioPreferences.KEYSTORE, "/tmp/keys");
		StudioPreferences.set(StudioPreferences.PLANNER_TIME_LIMIT, "7");
		assertEquals("http://127.0.0.1:8545", StudioPreferences.chainUrl().orElseThrow());
		assertEquals(Path.of("/tmp/keys"), StudioPreferences.keystoreFolder());
		assertEquals(Duration.ofSeconds(7), StudioPreferences.plannerTimeLimit());
		Path prefs = Path.of(Platform.instanceLocation(), ".metadata/.plugins/org.eclipse.core.runtime/.settings/org.allstar.ui.prefs");
		assertTrue(Files.readString(prefs).contains("chain.url=http\\://127.0.0.1\\:8545"), "flushed to " + prefs);
		StudioPreferences.set(StudioPreferences.CHAIN_URL, "  ");
		assertTrue(StudioPreferences.chainUrl().isEmpty());
	}

	@Test
	void passwordsLiveInSecureStorageOnly() throws Exception {
		assertTrue(StudioPreferences.password(ADDRESS).isEmpty());
		StudioPreferences.rememberPassword(ADDRESS, "s3cret!".toCharArray());
		assertArrayEquals("s3cret!".toCharArray(), StudioPreferences.password(ADDRESS).orElseThrow());
		Path prefs = Path.of(Platform.instanceLocation(), ".metadata/.plugins/org.eclipse.core.runtime/.settings/org.allstar.ui.prefs");
		assertFalse(Files.exists(prefs) && Files.readString(prefs).contains("s3cret"), "never in plain preferences");
		StudioPreferences.forgetPassword(ADDRESS);
		assertTrue(StudioPreferences.password(ADDRESS).isEmpty());
	}

	/** Where the workspace's metadata lies. */
	private static final class Platform {
		static String instanceLocation() {
			return ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString();
		}
	}
}

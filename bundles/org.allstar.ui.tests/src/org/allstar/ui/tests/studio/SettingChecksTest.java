// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.allstar.ui.preferences.SettingChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preference pages accept, and the messages that say why not. */
class SettingChecksTest {

	@Test
	void chainUrlsNeedAJsonRpcSchemeAndAHost() {
		assertEquals(Optional.empty(), SettingChecks.chainUrl("http://127.0.0.1:8545"));
		assertEquals(Optional.empty(), SettingChecks.chainUrl("wss://node.example/ws"));
		assertTrue(SettingChecks.chainUrl("ftp://host").orElseThrow().contains("http://"));
		assertTrue(SettingChecks.chainUrl("http:///rpc").orElseThrow().contains("no host"));
		assertTrue(SettingChecks.chainUrl("http://a b").orElseThrow().contains("not a URL"));
		assertTrue(SettingChecks.chainUrl(" ").isPresent(), "a network needs its URL");
	}

	@Test
	void emptyFoldersMeanTheDefaultsAndOthersMustBeAbsolute(@TempDir Path folder) throws Exception {
		assertEquals(Optional.empty(), SettingChecks.keystoreFolder(""));
		assertEquals(Optional.empty(), SettingChecks.keystoreFolder(folder.resolve("new").toString()), "created when needed");
		assertTrue(SettingChecks.keystoreFolder("keys").orElseThrow().contains("absolute"));
		Path file = Files.writeString(folder.resolve("file"), "x");
		assertTrue(SettingChecks.keystoreFolder(file.toString()).orElseThrow().contains("is a file"));
		assertEquals(Optional.empty(), SettingChecks.certificateFolder(""));
		assertEquals(Optional.empty(), SettingChecks.kubeconfig(""));
	}

	@Test
	void aCertificateFolderHasTheThreeFilesDockerNeeds(@TempDir Path folder) throws Exception {
		assertTrue(SettingChecks.certificateFolder(folder.resolve("none").toString()).orElseThrow().contains("does not exist"));
		Files.writeString(folder.resolve("ca.pem"), "x");
		Files.writeString(folder.resolve("cert.pem"), "x");
		assertTrue(SettingChecks.certificateFolder(folder.toString()).orElseThrow().contains("key.pem"));
		Files.writeString(folder.resolve("key.pem"), "x");
		assertEquals(Optional.empty(), SettingChecks.certificateFolder(folder.toString()));
	}

	@Test
	void aKubeconfigIsAReadableFile(@TempDir Path folder) throws Exception {
		assertTrue(SettingChecks.kubeconfig(folder.toString()).isPresent(), "a folder");
		assertEquals(Optional.empty(), SettingChecks.kubeconfig(Files.writeString(folder.resolve("config"), "").toString()));
	}

	@Test
	void timeLimitsAreWholeSecondsUpToAnHour() {
		assertEquals(Optional.empty(), SettingChecks.timeLimit("30"));
		assertTrue(SettingChecks.timeLimit("0").isPresent());
		assertTrue(SettingChecks.timeLimit("3601").isPresent());
		assertTrue(SettingChecks.timeLimit("2.5").orElseThrow().contains("whole number"));
	}
}

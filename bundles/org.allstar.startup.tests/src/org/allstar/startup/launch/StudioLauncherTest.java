// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioLauncherTest {
	@Test
	void setsWhatEquinoxsLauncherSetsForTheProductFolder(@TempDir Path product) throws Exception {
		Path plugins = Files.createDirectories(product.resolve("plugins"));
		Path framework = Files.createFile(plugins.resolve("org.eclipse.osgi_3.24.300.v20260721-1251.jar"));

		Map<String, String> properties = StudioLauncher.launcherProperties(plugins,
				new String[] { "-data", "/home/user/workspace", "-clean" }, 1795954875446L);

		assertEquals("file:" + product + "/", properties.get("osgi.install.area"));
		assertEquals("file:" + product + "/configuration/", properties.get("osgi.configuration.area"));
		assertEquals(plugins.toString(), properties.get("osgi.syspath"));
		assertEquals("file:" + framework, properties.get("osgi.framework"));
		assertEquals("1795954875446", properties.get("eclipse.startTime"));
		assertEquals("-data\n/home/user/workspace\n-clean\n", properties.get("eclipse.commands"));
	}

	@Test
	void aProductWithoutTheFrameworkIsAnError(@TempDir Path product) throws IOException {
		Path plugins = Files.createDirectories(product.resolve("plugins"));

		IOException error = assertThrows(IOException.class,
				() -> StudioLauncher.launcherProperties(plugins, new String[0], 0));
		assertEquals("no framework jar (org.eclipse.osgi_*.jar) in " + plugins, error.getMessage());
	}

	@Test
	void findsThePluginsFolderOnTheClassPath() throws IOException {
		assertEquals(Path.of("/opt/studio/plugins"), StudioLauncher.pluginsFolder(
				"/opt/studio/allstar-framework.jar:/opt/studio/plugins/org.allstar.startup_0.1.0.202611291225.jar"));
		IOException error = assertThrows(IOException.class, () -> StudioLauncher.pluginsFolder("/opt/x.jar"));
		assertEquals("the class path names no org.allstar.startup_*.jar in the product's plugins folder: /opt/x.jar",
				error.getMessage());
	}
}

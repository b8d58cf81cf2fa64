// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.deploy.ui.EngineJob;
import org.allstar.lang.load.ModelLoader;
import org.allstar.lang.ui.LanguageServices;
import org.allstar.model.Deployment;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio reaches TLS docker engines with the certificate folder of its preferences (Engines page). */
class StudioEngineCertificatesTest {
	private static final String MODEL = """
			package certs
			provider Secure {
			  kind cloud
			  region "eu-central-1"
			  endpoint docker "tcp://127.0.0.1:9" tls
			  node vm {
			    cpu 2 cores
			    memory 4 GB
			    arch amd64
			  }
			}
			application App {
			  component web {
			    image "certs/web:1"
			    cpu 1 core
			    memory 64 MB
			  }
			}
			deployment live of App {
			  web on Secure.vm
			}
			""";

	@TempDir
	Path folder;

	@AfterEach
	void resetPreference() {
		StudioPreferences.set(StudioPreferences.ENGINE_CERTIFICATES, null);
	}

	@Test
	void aDryRunLooksForTheCertificatesInThePreferencesFolder() throws Exception {
		Path certificates = Files.createDirectory(folder.resolve("studio-certs"));
		StudioPreferences.set(StudioPreferences.ENGINE_CERTIFICATES, certificates.toString());
		EngineJob dryRun = new EngineJob(deployment(), EngineJob.Work.DRY_RUN);
		dryRun.schedule();
		dryRun.join();
		String failures = dryRun.report().failures().toString();
		assertTrue(failures.contains(certificates.resolve("ca.pem").toString()), failures);
	}

	private Deployment deployment() throws Exception {
		Path file = Files.writeString(folder.resolve("certs.allstar"), MODEL);
		var loaded = LanguageServices.shared().get(ModelLoader.class).load(List.of(file), CancelIndicator.NullImpl);
		assertTrue(loaded.loadErrors().isEmpty(), loaded.diagnostics().toString());
		return loaded.named(Deployment.class, "live").get(0);
	}
}

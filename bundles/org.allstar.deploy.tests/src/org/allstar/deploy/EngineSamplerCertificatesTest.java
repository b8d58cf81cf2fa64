// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor's sampler reaches a TLS docker engine with the client certificates of the folder it is given (the
 * studio's preference), and without one from the environment as the command line does.
 */
class EngineSamplerCertificatesTest {
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

	@Test
	void theGivenFolderIsWhereTheCertificatesAreLookedFor() throws Exception {
		Path certificates = Files.createDirectory(folder.resolve("studio-certs"));
		try (EngineSampler sampler = new EngineSampler(certificates)) {
			EngineSample sample = only(sampler.sample(deployment()));
			assertFalse(sample.reachable());
			assertTrue(sample.error().contains(certificates.resolve("ca.pem").toString()), sample.error());
		}
	}

	@Test
	void withoutAFolderTheEnvironmentIsRead() throws Exception {
		Path certificates = Files.createDirectory(folder.resolve("studio-certs"));
		try (EngineSampler sampler = new EngineSampler()) {
			EngineSample sample = only(sampler.sample(deployment()));
			assertFalse(sample.error() != null && sample.error().contains(certificates.toString()), sample.error());
		}
	}

	private static EngineSample only(List<EngineSample> samples) {
		assertEquals(1, samples.size(), samples.toString());
		return samples.get(0);
	}

	private Deployment deployment() throws Exception {
		Path file = Files.writeString(folder.resolve("certs.allstar"), MODEL);
		ModelLoader loader = AllstarMlStandaloneSetup.doSetup().getInstance(ModelLoader.class);
		var loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
		assertTrue(loaded.loadErrors().isEmpty(), loaded.diagnostics().toString());
		return loaded.named(Deployment.class, "live").get(0);
	}
}

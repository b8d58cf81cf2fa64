// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allstar.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allstar deploy|status|undeploy} with providers that name a Kubernetes cluster, or no endpoint at all:
 * what the user reads when it cannot be reached (the deployer itself is tested in org.allstar.deploy.kubernetes.tests
 * against a mock API server, the Docker one in org.allstar.deploy.tests against real engines).
 */
class DeployCommandTest {
	private final CommandLine cli = new CommandLine();

	@TempDir
	Path dir;

	private Path model(String endpoint) throws IOException {
		return Files.writeString(dir.resolve("d.allstar"), "provider P {\n  " + endpoint + "\n  node n { cpu 2 cores memory 4 GB }\n}\n"
				+ "application A { component c { image \"c:1\" cpu 1 core memory 64 MB } }\n"
				+ "deployment d of A { c on P.n }\n");
	}

	@Test
	void aKubernetesClusterThatDoesNotAnswerIsNamedBeforeAnythingChanges() throws IOException {
		Path file = model("endpoint kubernetes \"https://127.0.0.1:9/\"");
		assertEquals(Main.PROBLEMS, cli.run("deploy", "d", file.toString()));
		assertTrue(cli.err().contains("failed: the cluster https://127.0.0.1:9/ does not answer"), cli.err());
		assertTrue(cli.out().contains("0 created, 0 replaced, 0 removed, 0 unchanged"),
				cli.out());
	}

	@Test
	void exportK8sWritesTheManifestsDeployAppliesWithoutTouchingTheCluster() throws IOException {
		Path file = model("endpoint kubernetes \"https://127.0.0.1:9/\"");
		Path yaml = dir.resolve("d.yaml");
		assertEquals(Main.OK, cli.run("export", "k8s", "d", file.toString(), "--output", yaml.toString()), cli.err());
		String text = Files.readString(yaml);
		assertTrue(text.startsWith("# cluster https://127.0.0.1:9/, deployment d\n---\n"), text);
		assertTrue(text.contains("kind: \"Namespace\"") || text.contains("kind: Namespace"), text);
		assertTrue(text.contains("name: \"allstar-d\"") || text.contains("name: allstar-d"), text);
		assertTrue(text.contains("kind: \"Deployment\"") || text.contains("kind: Deployment"), text);
		assertTrue(text.contains("memory: \"64M\"") || text.contains("memory: 64M") || text.contains("64000000"), text);
		assertEquals(Main.PROBLEMS, cli.run("export", "k8s", "d", model("endpoint docker \"unix:///nowhere.sock\"").toString()));
		assertTrue(cli.err().contains("has no node on a provider with `endpoint kubernetes"), cli.err());
	}

	@Test
	void aProviderWithNeitherADockerNorAKubernetesEndpointIsNamed() throws IOException {
		Path file = model("kind edge");
		assertEquals(Main.PROBLEMS, cli.run("deploy", "d", file.toString(), "--dry-run"));
		assertTrue(cli.err().contains("P has no docker or kubernetes endpoint for P.n"), cli.err());
		assertTrue(cli.err().contains("endpoint kubernetes"), cli.err());
	}
}

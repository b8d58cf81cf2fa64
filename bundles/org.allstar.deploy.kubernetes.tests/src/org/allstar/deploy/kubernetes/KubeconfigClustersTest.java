// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kubeconfig named by the caller (the studio's preference) is read instead of KUBECONFIG or ~/.kube/config. */
class KubeconfigClustersTest {

	@Test
	void theNamedKubeconfigsContextForTheEndpointIsUsed(@TempDir Path folder) throws Exception {
		Path kubeconfig = folder.resolve("config");
		Files.writeString(kubeconfig, """
				apiVersion: v1
				kind: Config
				current-context: edge
				clusters:
				- name: edge
				  cluster: {server: "https://edge.example:6443"}
				- name: cloud
				  cluster: {server: "https://cloud.example:6443"}
				users:
				- name: edge-user
				  user: {token: edge-token}
				- name: cloud-user
				  user: {token: cloud-token}
				contexts:
				- name: edge
				  context: {cluster: edge, user: edge-user, namespace: edge-ns}
				- name: cloud
				  context: {cluster: cloud, user: cloud-user, namespace: cloud-ns}
				""");
		try (KubeconfigClusters clusters = new KubeconfigClusters(kubeconfig.toFile())) {
			assertEquals("cloud-ns", clusters.configFor("https://cloud.example:6443/").getNamespace());
			assertEquals("edge-ns", clusters.configFor("https://edge.example:6443").getNamespace());
			assertEquals("edge-ns", clusters.configFor("https://unknown.example:6443").getNamespace(),
					"an endpoint no context names gets the current context");
		}
	}
}

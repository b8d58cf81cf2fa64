// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.allstar.interop.tosca.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How TOSCA constructs become ALLSTAR-ML, on the specification's examples and small templates. */
class MappingTest {

	@TempDir
	Path folder;

	@Test
	void aComputeBecomesANodeWithItsHostCapacityAndArchitecture() throws Exception {
		assumeTrue(Fixtures.material() != null);
		ImportResult result = Fixtures.importer().read(Fixtures.material().resolve("examples-from-spec/hello-world/hello-world.yaml"));
		String text = result.text();
		assertTrue(text.contains("provider HelloWorldHosts {\n  node my_server {\n    // tosca "), text);
		assertTrue(text.contains("""
				    cpu 1 core
				    storage 10 GB
				    memory 512 MB
				    arch amd64
				  }
				}
				"""), text);
		assertTrue(text.contains("// tosca topology_template.node_templates.my_server.capabilities.os.properties.distribution: ubuntu"), text);
		assertEquals(List.of(), result.problems());
	}

	@Test
	void aHostedSoftwareComponentIsPlacedOnItsComputeAndInputsWithoutDefaultAreKept() throws Exception {
		assumeTrue(Fixtures.material() != null);
		ImportResult result = Fixtures.importer().read(Fixtures.material().resolve("examples-from-spec/mysql/mysql.yaml"));
		String text = result.text();
		assertTrue(text.contains("deployment imported of HelloWorld {\n  mysql on HelloWorldHosts.db_server\n}"), text);
		assertTrue(result.kept().stream().anyMatch(k -> k.startsWith("topology_template.inputs.my_mysql_port")), result.kept().toString());
		assertTrue(result.kept().stream().anyMatch(k -> k.startsWith("topology_template.node_templates.mysql.properties.port")));
	}

	@Test
	void aCsarIsReadThroughItsMetadata() throws Exception {
		assumeTrue(Fixtures.material() != null);
		Path source = Fixtures.material().resolve("examples-from-spec/hello-world");
		Path csar = folder.resolve("hello.zip");
		try (OutputStream out = Files.newOutputStream(csar); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : List.of("TOSCA-Metadata/TOSCA.meta", "hello-world.yaml")) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(Files.readAllBytes(source.resolve(entry)));
				zip.closeEntry();
			}
		}
		ImportResult result = Fixtures.importer().read(csar);
		assertEquals(1, result.counts().nodes());
		assertTrue(result.text().contains("node my_server"));
	}

	@Test
	void anUnpackedCsarFolderIsReadThroughItsMetadata() throws Exception {
		assumeTrue(Fixtures.material() != null);
		ImportResult result = Fixtures.importer().read(Fixtures.material().resolve("examples-from-spec/mysql"));
		assertEquals(1, result.counts().components());
		assertTrue(result.text().contains("// types read from: non-normative-types.yaml"), result.text());
	}

	@Test
	void connectsToBecomesAFlowAndPoliciesBecomeRequirements() throws Exception {
		ImportResult result = Fixtures.importer().read(Files.writeString(folder.resolve("shop.yaml"), """
				tosca_definitions_version: tosca_simple_yaml_1_3
				metadata:
				  template_name: web shop
				policy_types:
				  Qos:
				    derived_from: tosca.policies.Performance
				    properties:
				      availability: {type: string}
				      latency: {type: scalar-unit.time}
				  Tier:
				    derived_from: tosca:Placement
				    properties:
				      tier: {type: string}
				      near: {type: string}
				topology_template:
				  node_templates:
				    vm:
				      type: tosca.nodes.Compute
				      capabilities:
				        host:
				          properties: {num_cpus: 4, mem_size: 8 GB}
				        os:
				          properties: {architecture: aarch64}
				    web:
				      type: tosca.nodes.WebServer
				      requirements:
				        - host: vm
				    app:
				      type: tosca.nodes.WebApplication
				      properties:
				        context_root: /shop
				      requirements:
				        - host: web
				    db:
				      type: tosca.nodes.DBMS
				      properties:
				        port: 5432
				      requirements:
				        - host:
				            node: vm
				            node_filter:
				              capabilities:
				                - host:
				                    properties:
				                      - mem_size: [{greater_or_equal: 2 GB}]
				        - dependency:
				            node: app
				    frontend:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: vm
				        - dependency:
				            node: db
				            relationship:
				              type: tosca.relationships.ConnectsTo
				  policies:
				    - fast:
				        type: Qos
				        targets: [frontend, db]
				        properties:
				          availability: 99.9 %
				          latency: 30 ms
				    - nearby:
				        type: Tier
				        targets: [frontend]
				        properties: {tier: edge, near: eu-west}
				"""));
		String text = result.text();
		assertEquals(List.of(), result.problems());
		assertTrue(text.contains("application WebShop {"), text);
		assertTrue(text.contains("flow frontend -> db"), text);
		assertTrue(text.contains("require availability >= 99.9 %"), text);
		assertTrue(text.contains("require latency frontend -> db < 30 ms"), text);
		assertTrue(text.contains("placement edge near \"eu-west\""), text);
		assertTrue(text.contains("memory 2 GB"), text);
		assertTrue(text.contains("ports 5432"), text);
		assertTrue(text.contains("arch arm64"), text);
		assertTrue(text.contains("  app on WebShopHosts.vm\n"), text);
		assertTrue(text.contains("// tosca topology_template.node_templates.db.requirements[1].dependency: {node: app}"), text);
		assertFalse(Fixtures.load(text, folder, "shop.allstar").hasErrors());
	}
}

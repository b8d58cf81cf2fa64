// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allstar.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allstar import tosca} and {@code allstar export tosca}, as a user sees them. */
class InteropCommandTest {

	private static final String SHOP = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			metadata:
			  template_name: shop
			  template_author: someone
			topology_template:
			  node_templates:
			    vm:
			      type: tosca.nodes.Compute
			      capabilities:
			        host:
			          properties: {num_cpus: 2, mem_size: 4 GB}
			    web:
			      type: tosca.nodes.WebServer
			      interfaces:
			        Standard:
			          create: install.sh
			      requirements:
			        - host: vm
			""";

	private final CommandLine cli = new CommandLine();

	@TempDir
	Path dir;

	@Test
	void importWritesAFormattedModelAndReportsWhatItKeptAsComments() throws IOException {
		Path template = Files.writeString(dir.resolve("shop.yaml"), SHOP);
		Path model = dir.resolve("shop.allstar");
		assertEquals(Main.OK, cli.run("import", "tosca", template.toString(), "--output", model.toString()), cli.err());
		String text = Files.readString(model);
		assertTrue(text.contains("application Shop {\n  component web {\n"), text);
		assertTrue(text.contains("deployment imported of Shop {\n  web on ShopHosts.vm\n}"), text);
		assertTrue(cli.err().contains("kept as comments (no ALLSTAR-ML counterpart): 2"), cli.err());
		assertTrue(cli.err().contains("  topology_template.node_templates.web.interfaces: {Standard: {create: install.sh}}"), cli.err());
		assertEquals(Main.OK, cli.run("validate", model.toString()), cli.out() + cli.err());
		assertEquals(Main.OK, cli.run("format", "--check", model.toString()), cli.out());
	}

	@Test
	void importWithoutOutputPrintsTheModel() throws IOException {
		Path template = Files.writeString(dir.resolve("shop.yaml"), SHOP);
		assertEquals(Main.OK, cli.run("import", "tosca", template.toString()));
		assertTrue(cli.out().contains("provider ShopHosts {"), cli.out());
	}

	@Test
	void importOfAnIllTypedTemplateNamesThePathAndExitsOne() throws IOException {
		Path template = Files.writeString(dir.resolve("bad.yaml"), SHOP.replace("num_cpus: 2", "num_cpus: abc"));
		assertEquals(Main.PROBLEMS, cli.run("import", "tosca", template.toString(), "--output", dir.resolve("bad.allstar").toString()));
		assertTrue(cli.err().contains("  topology_template.node_templates.vm.capabilities.host.properties.num_cpus: expected integer, got \"abc\""), cli.err());
	}

	@Test
	void importOfBrokenYamlNamesLineAndColumnAndWritesNothing() throws IOException {
		Path template = Files.writeString(dir.resolve("broken.yaml"), "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata: [a\n");
		Path model = dir.resolve("broken.allstar");
		assertEquals(Main.USAGE, cli.run("import", "tosca", template.toString(), "--output", model.toString()));
		assertTrue(cli.err().matches("(?s)allstar import: .*broken\\.yaml:\\d+:\\d+: .*"), cli.err());
		assertFalse(Files.exists(model));
	}

	@Test
	void exportWritesTemplateThatImportsBack() throws IOException {
		Path yaml = dir.resolve("mog.yaml");
		assertEquals(Main.OK, cli.run("export", "tosca", Repository.examples().resolve("mog-live").toString(), "--output", yaml.toString()), cli.err());
		String text = Files.readString(yaml);
		assertTrue(text.startsWith("tosca_definitions_version: tosca_simple_yaml_1_3"), text);
		assertTrue(text.contains("type: tosca.nodes.Compute"), text);
		assertTrue(cli.err().contains("not carried"), cli.err());
		assertEquals(Main.OK, cli.run("import", "tosca", yaml.toString(), "--output", dir.resolve("back.allstar").toString()), cli.err());
		assertTrue(cli.err().contains("4 component(s)"), cli.err());
	}

	@Test
	void benchToscaRunsOnASmallTemplate() {
		assertEquals(Main.OK, cli.run("bench", "--tosca", "--templates", "30", "--runs", "1", "--warmup", "0"), cli.err());
		assertTrue(cli.out().contains("30 node templates"), cli.out());
		assertTrue(cli.out().contains("10 node(s), 20 component(s), 19 flow(s)"), cli.out());
		assertTrue(cli.out().contains("ratio to SnakeYAML"), cli.out());
	}

	@Test
	void wrongCommandLinesAreUsageErrors() {
		assertEquals(Main.USAGE, cli.run("import", "kubernetes", "x.yaml"));
		assertEquals(Main.USAGE, cli.run("import", "tosca"));
		assertEquals(Main.USAGE, cli.run("export", "tosca", "--frobnicate", "x"));
		assertEquals(Main.USAGE, cli.run("import", "tosca", dir.resolve("missing.yaml").toString()));
		assertTrue(cli.err().contains("no such file"), cli.err());
	}
}

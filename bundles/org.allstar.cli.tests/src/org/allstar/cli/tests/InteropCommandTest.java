// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		out.reset();
		err.reset();
		return new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void importWritesAFormattedModelAndReportsWhatItKeptAsComments() throws IOException {
		Path template = Files.writeString(dir.resolve("shop.yaml"), SHOP);
		Path model = dir.resolve("shop.allstar");
		assertEquals(Main.OK, run("import", "tosca", template.toString(), "--output", model.toString()), err());
		String text = Files.readString(model);
		assertTrue(text.contains("application Shop {\n  component web {\n"), text);
		assertTrue(text.contains("deployment imported of Shop {\n  web on ShopHosts.vm\n}"), text);
		assertTrue(err().contains("kept as comments (no ALLSTAR-ML counterpart): 2"), err());
		assertTrue(err().contains("  topology_template.node_templates.web.interfaces: {Standard: {create: install.sh}}"), err());
		assertEquals(Main.OK, run("validate", model.toString()), out() + err());
		assertEquals(Main.OK, run("format", "--check", model.toString()), out());
	}

	@Test
	void importWithoutOutputPrintsTheModel() throws IOException {
		Path template = Files.writeString(dir.resolve("shop.yaml"), SHOP);
		assertEquals(Main.OK, run("import", "tosca", template.toString()));
		assertTrue(out().contains("provider ShopHosts {"), out());
	}

	@Test
	void importOfAnIllTypedTemplateNamesThePathAndExitsOne() throws IOException {
		Path template = Files.writeString(dir.resolve("bad.yaml"), SHOP.replace("num_cpus: 2", "num_cpus: abc"));
		assertEquals(Main.PROBLEMS, run("import", "tosca", template.toString(), "--output", dir.resolve("bad.allstar").toString()));
		assertTrue(err().contains("  topology_template.node_templates.vm.capabilities.host.properties.num_cpus: expected integer, got \"abc\""), err());
	}

	@Test
	void importOfBrokenYamlNamesLineAndColumnAndWritesNothing() throws IOException {
		Path template = Files.writeString(dir.resolve("broken.yaml"), "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata: [a\n");
		Path model = dir.resolve("broken.allstar");
		assertEquals(Main.USAGE, run("import", "tosca", template.toString(), "--output", model.toString()));
		assertTrue(err().matches("(?s)allstar import: .*broken\\.yaml:\\d+:\\d+: .*"), err());
		assertFalse(Files.exists(model));
	}

	@Test
	void exportWritesTemplateThatImportsBack() throws IOException {
		Path yaml = dir.resolve("mog.yaml");
		assertEquals(Main.OK, run("export", "tosca", Repository.examples().resolve("mog-live").toString(), "--output", yaml.toString()), err());
		String text = Files.readString(yaml);
		assertTrue(text.startsWith("tosca_definitions_version: tosca_simple_yaml_1_3"), text);
		assertTrue(text.contains("type: tosca.nodes.Compute"), text);
		assertTrue(err().contains("not carried"), err());
		assertEquals(Main.OK, run("import", "tosca", yaml.toString(), "--output", dir.resolve("back.allstar").toString()), err());
		assertTrue(err().contains("4 component(s)"), err());
	}

	@Test
	void benchToscaRunsOnASmallTemplate() {
		assertEquals(Main.OK, run("bench", "--tosca", "--templates", "30", "--runs", "1", "--warmup", "0"), err());
		assertTrue(out().contains("30 node templates"), out());
		assertTrue(out().contains("10 node(s), 20 component(s), 19 flow(s)"), out());
		assertTrue(out().contains("ratio to SnakeYAML"), out());
	}

	@Test
	void wrongCommandLinesAreUsageErrors() {
		assertEquals(Main.USAGE, run("import", "kubernetes", "x.yaml"));
		assertEquals(Main.USAGE, run("import", "tosca"));
		assertEquals(Main.USAGE, run("export", "tosca", "--frobnicate", "x"));
		assertEquals(Main.USAGE, run("import", "tosca", dir.resolve("missing.yaml").toString()));
		assertTrue(err().contains("no such file"), err());
	}
}

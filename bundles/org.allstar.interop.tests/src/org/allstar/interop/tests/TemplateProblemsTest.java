// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allstar.interop.tosca.ImportResult;
import org.allstar.interop.tosca.ToscaInputException;
import org.allstar.interop.tosca.ToscaProblem;
import org.allstar.interop.yaml.YamlReader;
import org.allstar.interop.yaml.YamlSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importer says about broken templates: YAML syntax by line and column, TOSCA mistakes by path. */
class TemplateProblemsTest {

	private static final String HEADER = "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  node_templates:\n";

	@TempDir
	Path folder;

	@Test
	void yamlSyntaxErrorsNameTheFileLineAndColumn() throws Exception {
		Path file = Files.writeString(folder.resolve("broken.yaml"), HEADER + "    db:\n      type: [tosca.nodes.Compute\n");
		YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> YamlReader.load(file));
		assertEquals(6, e.line());
		assertEquals(1, e.column());
		ToscaInputException input = assertThrows(ToscaInputException.class, () -> Fixtures.importer().read(file));
		assertTrue(input.getMessage().startsWith(file + ":6:1: "), input.getMessage());
	}

	@Test
	void aTabInTheIndentationIsReportedWhereItIs() throws Exception {
		Path file = Files.writeString(folder.resolve("tab.yaml"), HEADER + "    db:\n\ttype: x\n");
		ToscaInputException input = assertThrows(ToscaInputException.class, () -> Fixtures.importer().read(file));
		assertTrue(input.getMessage().startsWith(file + ":5:1: "), input.getMessage());
	}

	@Test
	void illTypedPropertiesAreNamedByTheirPath() throws Exception {
		ImportResult result = importText(HEADER + """
				    server:
				      type: tosca.nodes.Compute
				      capabilities:
				        host:
				          properties:
				            num_cpus: two
				            mem_size: 4 parsecs
				    db:
				      type: tosca.nodes.DBMS
				      properties:
				        port: abc
				        colour: blue
				      requirements:
				        - host: server
				""");
		assertEquals(List.of(
				new ToscaProblem("topology_template.node_templates.server.capabilities.host.properties.num_cpus", "expected integer, got \"two\""),
				new ToscaProblem("topology_template.node_templates.server.capabilities.host.properties.mem_size",
						"expected scalar-unit.size (a number and one of: b, gb, gib, kb, kib, mb, mib, tb, tib), got \"4 parsecs\""),
				new ToscaProblem("topology_template.node_templates.db.properties.port", "expected integer, got \"abc\""),
				new ToscaProblem("topology_template.node_templates.db.properties.colour", "node type 'tosca.nodes.DBMS' has no property 'colour'")),
				result.problems());
		assertTrue(result.text().contains("// tosca topology_template.node_templates.server.capabilities.host.properties.num_cpus: two"));
	}

	@Test
	void unknownTypesRequirementsAndTargetsAreNamed() throws Exception {
		ImportResult result = importText(HEADER + """
				    a:
				      type: tosca.nodes.Nope
				    b:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: missing
				        - power: a
				""");
		assertEquals(List.of("topology_template.node_templates.a.type: unknown node type 'tosca.nodes.Nope'",
				"topology_template.node_templates.b.requirements[0].host: no node template or node type named 'missing'",
				"topology_template.node_templates.b.requirements[1].power: node type 'tosca.nodes.SoftwareComponent' has no requirement 'power'"),
				result.problems().stream().map(ToscaProblem::toString).toList());
	}

	@Test
	void misspelledKeynamesAreNamed() throws Exception {
		ImportResult result = importText(HEADER + "    a:\n      type: tosca.nodes.Compute\n      propertes: {}\n  output:\n    x: {}\n");
		assertEquals(List.of("topology_template.output", "topology_template.node_templates.a.propertes"),
				result.problems().stream().map(ToscaProblem::path).toList());
		assertTrue(result.problems().get(0).message().startsWith("not a TOSCA 1.3 keyname here; expected one of description, "));
	}

	@Test
	void inputDefaultsMeetTheirConstraints() throws Exception {
		ImportResult result = importText("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  inputs:
				    cores:
				      type: integer
				      default: 9
				      constraints:
				        - less_than: 8
				""");
		assertEquals(List.of("topology_template.inputs.cores.default: 9 breaks the constraint less_than: 8"),
				result.problems().stream().map(ToscaProblem::toString).toList());
	}

	@Test
	void anUnknownVersionAndAMissingImportAreProblems() throws Exception {
		ImportResult result = importText("tosca_definitions_version: tosca_simple_yaml_9\nimports:\n  - nowhere.yaml\n");
		assertEquals(2, result.problems().size(), result.problems().toString());
		assertEquals("tosca_definitions_version", result.problems().get(0).path());
		assertEquals("imports[0]", result.problems().get(1).path());
	}

	private ImportResult importText(String yaml) throws Exception {
		return Fixtures.importer().read(Files.writeString(folder.resolve("t.yaml"), yaml));
	}
}

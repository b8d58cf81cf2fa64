// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The test's own checker finds what it is meant to find, so that its silence on exports means something. */
class NormativeCheckerTest {

	@Test
	void findsUnknownTypesUndeclaredPropertiesAndCapabilitiesAndWrongRequirementNames() throws Exception {
		assumeTrue(Fixtures.material() != null, "no TOSCA 1.3 material on this machine");
		String yaml = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    a:
				      type: tosca.nodes.Computer
				    b:
				      type: tosca.nodes.Compute
				      properties: {colour: red}
				      capabilities:
				        host:
				          properties: {num_cpus: 2, cores: 2}
				        gpu: {}
				    c:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: b
				        - hosting: b
				""";
		assertEquals(List.of("node_templates.a: unknown node type tosca.nodes.Computer",
				"node_templates.b.properties.colour: not declared by tosca.nodes.Compute",
				"node_templates.b.capabilities.host.properties.cores: not declared by tosca.capabilities.Compute",
				"node_templates.b.capabilities.gpu: not declared by tosca.nodes.Compute",
				"node_templates.c.requirements.hosting: not a requirement of tosca.nodes.SoftwareComponent"),
				new NormativeChecker(Fixtures.normativeProfile()).check(yaml));
	}
}

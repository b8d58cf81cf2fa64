// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

/** The kinds of TOSCA types; each has its own namespace, so a node type and a capability type may share a name. */
public enum TypeKind {
	DATA("data_types", "datatypes"), ARTIFACT("artifact_types", "artifacts"), CAPABILITY("capability_types",
			"capabilities"), INTERFACE("interface_types", "interfaces"), RELATIONSHIP("relationship_types",
					"relationships"), NODE("node_types", "nodes"), GROUP("group_types",
							"groups"), POLICY("policy_types", "policies");

	/** The section of a service template that defines types of this kind. */
	public final String section;
	/** The segment after {@code tosca.} in the normative names ({@code tosca.nodes.Compute}). */
	public final String normativeSegment;

	TypeKind(String section, String normativeSegment) {
		this.section = section;
		this.normativeSegment = normativeSegment;
	}

	/** "node type", "capability type", ... for messages. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT) + " type";
	}
}

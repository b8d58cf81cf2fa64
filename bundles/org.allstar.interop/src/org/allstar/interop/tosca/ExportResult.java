// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;

/** A model as a TOSCA service template (YAML), and what the template could not carry, by model element. */
public record ExportResult(String yaml, List<String> notCarried) {
}

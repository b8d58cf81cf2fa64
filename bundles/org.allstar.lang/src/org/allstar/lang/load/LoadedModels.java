// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.util.List;

import org.allstar.model.Model;
import org.eclipse.xtext.resource.XtextResourceSet;

/** Model files loaded together (so they see each other), with everything found wrong in them. */
public record LoadedModels(XtextResourceSet resourceSet, List<Model> models, List<ModelDiagnostic> diagnostics) {

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == ModelDiagnostic.Severity.ERROR);
	}

	public long count(ModelDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.util.List;

import org.allstar.model.Element;
import org.allstar.model.Model;
import org.allstar.verify.VerifyCodes;
import org.eclipse.xtext.resource.XtextResourceSet;

/** Model files loaded together (so they see each other), with everything found wrong in them. */
public record LoadedModels(XtextResourceSet resourceSet, List<Model> models, List<ModelDiagnostic> diagnostics) {

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == ModelDiagnostic.Severity.ERROR);
	}

	public long count(ModelDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	/**
	 * The errors that are not verifier findings: syntax, linking and reading errors. Commands and wizards that work
	 * on a named element (plan, whatif, deploy) refuse models with these, while verifier findings are what an old
	 * deployment may well have.
	 */
	public List<ModelDiagnostic> loadErrors() {
		return diagnostics.stream()
				.filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR && !VerifyCodes.all().contains(d.code()))
				.toList();
	}

	/** The elements of {@code type} named {@code name} (simple or qualified by package), or all when name is null. */
	public <T extends Element> List<T> named(Class<T> type, String name) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(type::isInstance).map(type::cast)
				.filter(e -> name == null || name.equals(e.getName()) || name.equals(qualifiedName(e))).toList();
	}

	/** "package.name", or the bare name for an element of a model without a package. */
	public static String qualifiedName(Element element) {
		String pkg = element.eContainer() instanceof Model model ? model.getName() : null;
		return pkg == null || pkg.isEmpty() ? element.getName() : pkg + "." + element.getName();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.model.Element;
import org.allstar.model.Model;
import org.allstar.verify.VerifyCodes;

/**
 * What the commands that work on one named element (whatif, plan) share: finding it by simple or qualified name,
 * and refusing models whose errors are not verifier findings (an old deployment may well have those).
 */
final class NamedElements {

	private NamedElements() {
	}

	/** The elements of {@code type} named {@code name} (simple or qualified by package), or all when name is null. */
	static <T extends Element> List<T> named(List<Model> models, Class<T> type, String name) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(type::isInstance).map(type::cast)
				.filter(e -> name == null || name.equals(e.getName()) || name.equals(qualifiedName(e))).toList();
	}

	static String qualifiedName(Element element) {
		String pkg = element.eContainer() instanceof Model model ? model.getName() : null;
		return pkg == null || pkg.isEmpty() ? element.getName() : pkg + "." + element.getName();
	}

	/**
	 * Whether the models load without errors other than verifier findings; otherwise prints them and says that
	 * {@code command} needs models that load.
	 */
	static boolean loadWell(LoadedModels loaded, String command, PrintStream err) {
		List<ModelDiagnostic> broken = loaded.diagnostics().stream()
				.filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR && !VerifyCodes.all().contains(d.code()))
				.toList();
		broken.forEach(d -> err.println(d.toCompilerFormat()));
		if (!broken.isEmpty()) {
			err.println("allstar " + command + ": fix these errors first; the command needs models that load");
		}
		return broken.isEmpty();
	}
}

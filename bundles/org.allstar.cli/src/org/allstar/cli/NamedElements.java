// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;

/** How the commands that work on one named element (whatif, plan, deploy) report models that do not load. */
final class NamedElements {

	private NamedElements() {
	}

	/**
	 * Whether the models load without errors other than verifier findings; otherwise prints them and says that
	 * {@code command} needs models that load.
	 */
	static boolean loadWell(LoadedModels loaded, String command, PrintStream err) {
		List<ModelDiagnostic> broken = loaded.loadErrors();
		broken.forEach(d -> err.println(d.toCompilerFormat()));
		if (!broken.isEmpty()) {
			err.println("allstar " + command + ": fix these errors first; the command needs models that load");
		}
		return broken.isEmpty();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelLoader;
import org.allstar.lang.ui.LanguageServices;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The folder of ALLSTAR-ML files a wizard works on (the selected one, or the folder of the selected file) and its
 * models, loaded, linked and validated as {@code allstar validate FOLDER} does.
 */
public final class ModelFolder {
	private ModelFolder() {
	}

	/** The selected folder, or the folder of the selected file. */
	public static Optional<IContainer> of(ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) return Optional.empty();
		IResource resource = Adapters.adapt(s.getFirstElement(), IResource.class);
		if (resource instanceof IFile file) return Optional.of(file.getParent());
		return resource instanceof IContainer c ? Optional.of(c) : Optional.empty();
	}

	/** Loads every model file under {@code folder}; a slow call (parsing, linking): run it in a Job. */
	public static LoadedModels load(Path folder) {
		return LanguageServices.shared().get(ModelLoader.class).load(ModelFiles.collect(List.of(folder)), CancelIndicator.NullImpl);
	}

	/** The first error of a load, as "file:line: message", for a page's error message; empty when there is none. */
	public static Optional<String> firstError(LoadedModels loaded) {
		return loaded.diagnostics().stream().filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR).findFirst()
				.map(d -> d.file().getFileName() + ":" + d.line() + ": " + d.message());
	}
}

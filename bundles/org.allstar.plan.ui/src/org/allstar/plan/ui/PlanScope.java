// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.ui.FolderModels;
import org.allstar.model.Application;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the plan wizard plans over: the chosen file's folder, its models loaded together (the providers in scope)
 * and the applications they define, the chosen file's first.
 */
public record PlanScope(IFile file, LoadedModels loaded, List<Application> applications) {

	/** Loads the folder of {@code file} (headless; run it off the UI thread). */
	public static PlanScope load(IFile file, CancelIndicator cancel) throws CoreException {
		LoadedModels loaded = FolderModels.load(file.getParent(), cancel);
		List<Application> all = loaded.named(Application.class, null);
		String path = file.getLocation().toPath().toString();
		// the selected file's applications first: that is what the user most likely means
		List<Application> ordered = java.util.stream.Stream.concat(all.stream().filter(a -> inFile(a, path)),
				all.stream().filter(a -> !inFile(a, path))).toList();
		return new PlanScope(file, loaded, ordered);
	}

	private static boolean inFile(Application application, String path) {
		return application.eResource() != null && path.equals(application.eResource().getURI().toFileString());
	}

	public IContainer folder() {
		return file.getParent();
	}

	/** Why the models cannot be planned over (errors other than verifier findings), or null. */
	public String problem() {
		List<ModelDiagnostic> errors = loaded.loadErrors();
		if (!errors.isEmpty()) {
			ModelDiagnostic first = errors.get(0);
			return first.file().getFileName() + " line " + first.line() + ": " + first.message() + " Fix "
					+ (errors.size() == 1 ? "this error" : "these " + errors.size() + " errors") + " first.";
		}
		return applications.isEmpty() ? "No application in " + folder().getFullPath()
				+ "; a plan places an application's components, so define one there first." : null;
	}
}

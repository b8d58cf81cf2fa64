// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The "DEPLOYMENT [files or folders, default .]" arguments the deployment commands share (deploy, status,
 * undeploy, monitor, diagnose, export k8s): the models loaded and the one deployment of that name, or the exit
 * status after saying what is wrong.
 */
record DeploymentArgument(LoadedModels loaded, Deployment deployment, int status) {

	boolean ok() {
		return deployment != null;
	}

	/** {@code rest}: the deployment's name, then the files or folders. */
	static DeploymentArgument load(Languages languages, String command, List<String> rest, PrintStream err) {
		LoadedModels loaded;
		try {
			List<Path> paths = rest.size() > 1 ? rest.subList(1, rest.size()).stream().map(Path::of).toList() : List.of(Path.of("."));
			loaded = languages.get(ModelLoader.class).load(ModelFiles.collect(paths), CancelIndicator.NullImpl);
		} catch (ModelInputException e) {
			err.println("allstar " + command + ": " + e.getMessage());
			return new DeploymentArgument(null, null, Main.USAGE);
		}
		if (!NamedElements.loadWell(loaded, command, err)) return new DeploymentArgument(loaded, null, Main.PROBLEMS);
		List<Deployment> found = loaded.named(Deployment.class, rest.get(0));
		if (found.size() != 1) {
			err.println("allstar " + command + ": " + (found.isEmpty() ? "no" : "more than one") + " deployment '" + rest.get(0) + "'");
			return new DeploymentArgument(loaded, null, Main.PROBLEMS);
		}
		return new DeploymentArgument(loaded, found.get(0), Main.OK);
	}
}

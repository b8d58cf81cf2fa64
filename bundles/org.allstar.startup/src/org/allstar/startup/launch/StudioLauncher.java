// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * Starts the studio's framework from the application class path instead of through Equinox's launcher
 * ({@code java -cp allstar-framework.jar:plugins/org.allstar.startup_*.jar org.allstar.startup.launch.StudioLauncher
 * -data WORKSPACE}). The launcher loads the framework with a class loader of its own from a signed jar: the class
 * archive cannot hold those classes, and each one is checked against the signature. From the class path, and from a
 * copy of the framework's jar without its signature (made by the product build), the archive takes them in.
 * <p>
 * Sets what Equinox's launcher sets for a product folder laid out as Tycho materialises it (this jar in plugins/):
 * the install and configuration areas, the framework's location, the start time, the command line for a restart;
 * a property given on the command line wins. Exits with the application's exit code.
 */
public final class StudioLauncher {
	/** Exit code of Equinox's launcher when the framework could not run the application. */
	static final int FAILED = 13;
	/** The symbolic name of the bundle that holds this class. */
	private static final String BUNDLE = "org.allstar.startup";

	private StudioLauncher() {
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			Path plugins = pluginsFolder(System.getProperty("java.class.path"));
			launcherProperties(plugins, args, System.currentTimeMillis()).forEach(System.getProperties()::putIfAbsent);
			Object result = EclipseStarter.run(args, null);
			exitCode = result instanceof Integer code ? code : 0;
		} catch (Throwable e) { // the JVM would otherwise stay up with the framework's threads
			System.err.println("ALLSTAR Studio could not start: " + e.getMessage()
					+ " (run ./allstar studio, which builds the product when it is missing or older than its sources)");
			e.printStackTrace();
			exitCode = FAILED;
		}
		System.exit(exitCode);
	}

	/**
	 * The product's plugins/ folder: where this bundle's jar lies on the class path. Not this class's code source: a
	 * class from the class archive keeps the location it had when the archive was recorded, and the JVM accepts an
	 * archive for a product folder that was moved or copied since.
	 */
	static Path pluginsFolder(String classPath) throws IOException {
		for (String entry : classPath.split(java.io.File.pathSeparator)) {
			Path jar = Path.of(entry).toAbsolutePath();
			if (jar.getFileName() != null && jar.getFileName().toString().startsWith(BUNDLE + "_")) {
				return jar.getParent();
			}
		}
		throw new IOException("the class path names no " + BUNDLE + "_*.jar in the product's plugins folder: " + classPath);
	}

	/** The system properties Equinox's launcher would set for the product whose plugins/ folder is given. */
	static Map<String, String> launcherProperties(Path plugins, String[] args, long startTime)
			throws IOException {
		Path install = plugins.toAbsolutePath().getParent();
		Map<String, String> properties = new TreeMap<>();
		// the launcher's form: "file:" and the plain path (Equinox reads these as file locations, not encoded URIs)
		properties.put("osgi.install.area", "file:" + install + "/");
		properties.put("osgi.configuration.area", "file:" + install.resolve("configuration") + "/");
		properties.put("osgi.syspath", plugins.toAbsolutePath().toString());
		properties.put("osgi.framework", "file:" + frameworkJar(plugins));
		properties.put("osgi.framework.extensions", "");
		properties.put("eclipse.startTime", Long.toString(startTime));
		properties.put("eclipse.commands", String.join("\n", args) + "\n");
		return properties;
	}

	private static Path frameworkJar(Path plugins) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "org.eclipse.osgi_*.jar")) {
			for (Path jar : jars) {
				return jar.toAbsolutePath();
			}
		}
		throw new IOException("no framework jar (org.eclipse.osgi_*.jar) in " + plugins);
	}
}

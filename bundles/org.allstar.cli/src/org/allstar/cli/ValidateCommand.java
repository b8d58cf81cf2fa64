// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar validate [--format text|json] <files or folders>}: loads the models together (so they see each
 * other), and prints one line per finding, {@code file:line:col: severity: code: message}, or a JSON document.
 */
final class ValidateCommand {

	static final String USAGE = "usage: allstar validate [--format text|json] <files or folders>...";

	private final Languages languages;

	private final String command;

	/** {@code command}: "validate" or "verify", the name messages start with. */
	ValidateCommand(Languages languages, String command) {
		this.languages = languages;
		this.command = command;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		String format = "text";
		List<Path> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--format")) {
				if (i + 1 >= args.size()) {
					err.println("allstar " + command + ": --format needs a value: text or json");
					return Main.USAGE;
				}
				format = args.get(++i);
			} else if (arg.startsWith("--format=")) {
				format = arg.substring("--format=".length());
			} else if (arg.startsWith("-")) {
				err.println("allstar " + command + ": unknown option '" + arg + "'");
				err.println(USAGE);
				return Main.USAGE;
			} else {
				paths.add(Path.of(arg));
			}
		}
		if (!format.equals("text") && !format.equals("json")) {
			err.println("allstar " + command + ": unknown format '" + format + "'; use text or json");
			return Main.USAGE;
		}
		if (paths.isEmpty()) {
			err.println(USAGE);
			return Main.USAGE;
		}
		List<Path> files;
		try {
			files = ModelFiles.collect(paths);
		} catch (ModelInputException e) {
			err.println("allstar " + command + ": " + e.getMessage());
			return Main.USAGE;
		}
		long start = System.nanoTime();
		LoadedModels loaded = languages.get(ModelLoader.class).load(files, CancelIndicator.NullImpl);
		if (format.equals("json")) {
			out.println(DiagnosticsJson.write(files, loaded));
		} else {
			loaded.diagnostics().forEach(d -> out.println(d.toCompilerFormat()));
		}
		err.printf("allstar %s: %d file(s), %d error(s), %d warning(s) in %.1f s%n", command, files.size(),
				loaded.count(ModelDiagnostic.Severity.ERROR), loaded.count(ModelDiagnostic.Severity.WARNING),
				(System.nanoTime() - start) / 1e9);
		return loaded.hasErrors() ? Main.PROBLEMS : Main.OK;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import org.allstar.lang.load.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.lang.formatting2.ModelFormatter;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar format [--check] <files or folders>}: rewrites model files in the standard layout, atomically; with
 * --check, only lists the files that are not formatted (exit 1 if any). Files with syntax errors are left alone.
 */
final class FormatCommand {

	static final String USAGE = "usage: allstar format [--check] <files or folders>...";

	private final Languages languages;

	FormatCommand(Languages languages) {
		this.languages = languages;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		boolean check = args.contains("--check");
		List<Path> paths = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("-") && !arg.equals("--check")) {
				err.println("allstar format: unknown option '" + arg + "'");
				err.println(USAGE);
				return Main.USAGE;
			} else if (!arg.startsWith("-")) {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			err.println(USAGE);
			return Main.USAGE;
		}
		try {
			return format(ModelFiles.collect(paths), check, out, err);
		} catch (ModelInputException e) {
			err.println("allstar format: " + e.getMessage());
			return Main.USAGE;
		} catch (IOException e) {
			err.println("allstar format: cannot write: " + e.getMessage() + "; the original file is unchanged.");
			return Main.USAGE;
		}
	}

	private int format(List<Path> files, boolean check, PrintStream out, PrintStream err) throws IOException {
		LoadedModels loaded = languages.get(ModelLoader.class).load(files, CancelIndicator.NullImpl);
		ModelFormatter formatter = languages.get(ModelFormatter.class);
		int changed = 0;
		int skipped = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			XtextResource resource = resourceOf(loaded, file);
			if (!ModelFormatter.canFormat(resource)) {
				err.println(file + ": not formatted: it has syntax errors (run allstar validate " + file + ")");
				skipped++;
				continue;
			}
			String original = resource.getParseResult().getRootNode().getText();
			String formatted = formatter.format(resource);
			if (!formatted.equals(original)) {
				changed++;
				out.println(file);
				if (!check) {
					AtomicFiles.write(file, formatted);
				}
			}
		}
		if (skipped > 0) {
			return Main.PROBLEMS;
		}
		return check && changed > 0 ? Main.PROBLEMS : Main.OK;
	}

	private static XtextResource resourceOf(LoadedModels loaded, Path file) {
		for (Model model : loaded.models()) {
			Resource resource = model.eResource();
			if (Path.of(resource.getURI().toFileString()).equals(ModelFiles.identity(file))) {
				return (XtextResource) resource;
			}
		}
		return null;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import org.allstar.lang.load.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.interop.tosca.ExportResult;
import org.allstar.interop.tosca.ImportResult;
import org.allstar.interop.tosca.Names;
import org.allstar.interop.tosca.ToscaExporter;
import org.allstar.interop.tosca.ToscaImporter;
import org.allstar.interop.tosca.ToscaInputException;
import org.allstar.interop.tosca.ToscaProblem;
import org.allstar.lang.formatting2.ModelFormatter;
import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;
import org.allstar.lang.load.ModelFiles;
import org.allstar.lang.load.ModelInputException;
import org.allstar.lang.load.ModelLoader;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar import tosca <service-template.yaml|CSAR.zip> [--output FILE.allstar]} and
 * {@code allstar export tosca <files or folders> [--output FILE.yaml]}. Import prints (or writes atomically) the
 * model, formatted and loaded once to prove it valid, and reports on stderr what was converted, what is kept as
 * comments and the template's problems. Exit status 0 clean, 1 problems in the template (or the model it came from),
 * 2 wrong command line or unreadable input.
 */
final class InteropCommand {

	static final String USAGE = "usage: allstar import tosca <service-template.yaml|CSAR.zip> [--output FILE.allstar]\n"
			+ "       allstar export tosca <files or folders> [--output FILE.yaml]";

	private final Languages languages;

	InteropCommand(Languages languages) {
		this.languages = languages;
	}

	int run(String command, List<String> args, PrintStream out, PrintStream err) {
		List<String> paths = new ArrayList<>();
		Path output = null;
		for (int i = 1; i < args.size(); i++) {
			if (args.get(i).equals("--output") && i + 1 < args.size()) {
				output = Path.of(args.get(++i));
			} else if (args.get(i).startsWith("-")) {
				return usage(command, "unknown option '" + args.get(i) + "'", err);
			} else {
				paths.add(args.get(i));
			}
		}
		if (args.isEmpty() || !args.get(0).equals("tosca")) {
			return usage(command, "only the TOSCA format is supported: allstar " + command + " tosca ...", err);
		}
		if (paths.isEmpty() || command.equals("import") && paths.size() != 1) {
			return usage(command, command.equals("import") ? "name one service template" : "name the models to export", err);
		}
		try {
			return command.equals("import") ? importTosca(Path.of(paths.get(0)), output, out, err)
					: exportTosca(paths.stream().map(Path::of).toList(), output, out, err);
		} catch (IOException e) {
			err.println("allstar " + command + ": cannot write " + output + ": " + e.getMessage());
			return Main.USAGE;
		}
	}

	private int importTosca(Path input, Path output, PrintStream out, PrintStream err) throws IOException {
		IValueConverterService converter = languages.get(IValueConverterService.class);
		ImportResult result;
		try {
			result = new ToscaImporter(new Names(name -> converter.toString(name, "ValidID"))).read(input);
		} catch (ToscaInputException e) {
			err.println("allstar import: " + e.getMessage());
			return Main.USAGE;
		}
		Path folder = Files.createTempDirectory("allstar-import");
		Path draft = folder.resolve(output == null ? "imported.allstar" : output.getFileName().toString());
		try {
			Files.writeString(draft, result.text());
			LoadedModels loaded = languages.get(ModelLoader.class).load(List.of(draft), CancelIndicator.NullImpl);
			if (!NamedElements.loadWell(loaded, "import", err)) {
				err.println("allstar import: the converted model does not load; nothing written (please report this)");
				return Main.PROBLEMS;
			}
			String formatted = languages.get(ModelFormatter.class).format((XtextResource) loaded.models().get(0).eResource());
			if (output == null) {
				out.print(formatted);
			} else {
				AtomicFiles.write(output, formatted);
			}
			report(input, output, result, loaded, err);
			return result.problems().isEmpty() ? Main.OK : Main.PROBLEMS;
		} finally {
			Files.deleteIfExists(draft);
			Files.deleteIfExists(folder);
		}
	}

	private static void report(Path input, Path output, ImportResult result, LoadedModels loaded, PrintStream err) {
		err.println("allstar import: " + input + " -> " + (output == null ? "stdout" : output) + ": " + result.counts());
		if (!result.kept().isEmpty()) {
			err.println("kept as comments (no ALLSTAR-ML counterpart): " + result.kept().size());
			result.kept().forEach(k -> err.println("  " + k));
		}
		if (!result.problems().isEmpty()) {
			err.println("problems in the template: " + result.problems().size());
			result.problems().forEach((ToscaProblem p) -> err.println("  " + p));
		}
		loaded.diagnostics().stream().filter(d -> d.severity() != ModelDiagnostic.Severity.INFO)
				.forEach(d -> err.println("verifier on the imported model: " + d.severity().label() + ": " + d.code() + ": " + d.message()));
	}

	private int exportTosca(List<Path> paths, Path output, PrintStream out, PrintStream err) throws IOException {
		LoadedModels loaded;
		try {
			loaded = languages.get(ModelLoader.class).load(ModelFiles.collect(paths), CancelIndicator.NullImpl);
		} catch (ModelInputException e) {
			err.println("allstar export: " + e.getMessage());
			return Main.USAGE;
		}
		if (!NamedElements.loadWell(loaded, "export", err)) {
			return Main.PROBLEMS;
		}
		ExportResult result = new ToscaExporter(InteropCommand::written).export(loaded.models());
		if (output == null) {
			out.print(result.yaml());
		} else {
			AtomicFiles.write(output, result.yaml());
		}
		err.println("allstar export: " + loaded.models().size() + " file(s) -> " + (output == null ? "stdout" : output)
				+ " (TOSCA Simple Profile 1.3)");
		if (!result.notCarried().isEmpty()) {
			err.println("not carried (no TOSCA counterpart in this export): " + result.notCarried().size());
			result.notCarried().forEach(n -> err.println("  " + n));
		}
		return Main.OK;
	}

	/** Written in the text, even where it is the enumeration's first value (arch amd64, kind cloud). */
	static boolean written(EObject element, EStructuralFeature feature) {
		return element.eIsSet(feature) || !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
	}

	private static int usage(String command, String message, PrintStream err) {
		err.println("allstar " + command + ": " + message);
		err.println(USAGE);
		return Main.USAGE;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.allstar.interop.yaml.YamlReader;
import org.allstar.interop.yaml.YamlSyntaxException;

/**
 * Reads a TOSCA Simple Profile in YAML service template: a YAML file, a CSAR (a ZIP whose
 * {@code TOSCA-Metadata/TOSCA.meta} names the entry definitions) or an unpacked CSAR folder. Imports are read
 * relative to the importing file, with their namespace prefix; the normative types are always visible.
 */
public final class ServiceTemplateReader {

	private static final Set<String> VERSIONS = Set.of("tosca_simple_yaml_1_0", "tosca_simple_yaml_1_1",
			"tosca_simple_yaml_1_2", "tosca_simple_yaml_1_3");

	public ServiceTemplate read(Path input) throws ToscaInputException {
		if (!Files.exists(input)) {
			throw new ToscaInputException(input + ": no such file");
		}
		if (Files.isDirectory(input)) {
			return readEntry(entryOf(input, input));
		}
		String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip") || name.endsWith(".csar")) {
			try (FileSystem zip = FileSystems.newFileSystem(input)) {
				return readEntry(entryOf(zip.getPath("/"), input));
			} catch (IOException e) {
				throw new ToscaInputException(input + ": not a readable CSAR (" + e.getMessage() + ")", e);
			}
		}
		return readEntry(input);
	}

	/** The entry definitions of a CSAR: as TOSCA.meta names them, or the only YAML file at its root. */
	private static Path entryOf(Path root, Path input) throws ToscaInputException {
		Path meta = root.resolve("TOSCA-Metadata/TOSCA.meta");
		try {
			if (Files.exists(meta)) {
				for (String line : Files.readAllLines(meta, StandardCharsets.UTF_8)) {
					if (line.startsWith("Entry-Definitions:")) {
						Path entry = root.resolve(line.substring("Entry-Definitions:".length()).trim());
						if (!Files.exists(entry)) {
							throw new ToscaInputException(input + ": TOSCA.meta names " + entry + ", which is not there");
						}
						return entry;
					}
				}
				throw new ToscaInputException(input + ": TOSCA-Metadata/TOSCA.meta has no Entry-Definitions line");
			}
			try (Stream<Path> files = Files.list(root)) {
				List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList();
				if (yaml.size() != 1) {
					throw new ToscaInputException(input + ": no TOSCA-Metadata/TOSCA.meta and " + yaml.size()
							+ " YAML files at the root; a CSAR names its entry definitions in TOSCA.meta");
				}
				return yaml.get(0);
			}
		} catch (IOException e) {
			throw new ToscaInputException(input + ": cannot read (" + e.getMessage() + ")", e);
		}
	}

	private ServiceTemplate readEntry(Path file) throws ToscaInputException {
		List<ToscaProblem> problems = new ArrayList<>();
		ToscaTypes types = NormativeTypes.registry();
		List<Path> files = new ArrayList<>();
		Map<String, Object> document = document(file);
		checkVersion(document, "", problems);
		read(file, document, null, types, files, new HashSet<>(), problems);
		checkParents(types, problems);
		return new ServiceTemplate(file, document, types, List.copyOf(files), problems);
	}

	private void read(Path file, Map<String, Object> document, String prefix, ToscaTypes types, List<Path> files,
			Set<Path> seen, List<ToscaProblem> problems) throws ToscaInputException {
		seen.add(file.toAbsolutePath().normalize());
		files.add(file);
		List<?> imports = Values.list(document.get("imports"));
		for (int i = 0; i < imports.size(); i++) {
			String path = "imports[" + i + "]";
			Object item = imports.get(i);
			String target = item instanceof Map<?, ?> m ? Values.text(m.get("file")) : Values.text(item);
			String nested = item instanceof Map<?, ?> m ? Values.text(m.get("namespace_prefix")) : null;
			if (item instanceof Map<?, ?> m && m.get("repository") != null || target != null && target.contains("://")) {
				problems.add(new ToscaProblem(path, "imports from repositories or URLs are not fetched: " + Values.oneLine(item)));
				continue;
			}
			if (target == null) {
				problems.add(new ToscaProblem(path, "expected a file name or {file: ...}, got " + Values.describe(item)));
				continue;
			}
			Path imported = file.resolveSibling(target).normalize();
			if (!Files.isRegularFile(imported)) {
				problems.add(new ToscaProblem(path, "cannot read " + target + " (looked for " + imported + ")"));
				continue;
			}
			if (seen.contains(imported.toAbsolutePath().normalize())) {
				continue;
			}
			Map<String, Object> child = document(imported);
			checkVersion(child, imported.getFileName() + ": ", problems);
			read(imported, child, nested != null ? nested : prefix, types, files, seen, problems);
		}
		TypeDefinitions.read(document, prefix, types, problems);
	}

	private static Map<String, Object> document(Path file) throws ToscaInputException {
		try {
			Object loaded = YamlReader.load(file);
			if (!(loaded instanceof Map)) {
				throw new ToscaInputException(file + ": expected a service template (a YAML map), got "
						+ (loaded == null ? "an empty document" : Values.describe(loaded)));
			}
			return Values.map(loaded);
		} catch (YamlSyntaxException e) {
			throw new ToscaInputException(e.getMessage(), e);
		} catch (IOException e) {
			throw new ToscaInputException(file + ": cannot read (" + e.getMessage() + ")", e);
		}
	}

	private static void checkParents(ToscaTypes types, List<ToscaProblem> problems) {
		for (TypeKind kind : TypeKind.values()) {
			for (ToscaType type : types.all(kind).values()) {
				String parent = type.parent();
				boolean primitive = kind == TypeKind.DATA && parent != null && ToscaTypes.PRIMITIVES.contains(parent);
				if (parent != null && !primitive && !types.exists(kind, parent)) {
					problems.add(new ToscaProblem(kind.section + "." + type.name() + ".derived_from",
							"unknown " + kind.label() + " '" + parent + "'"));
				}
			}
		}
	}

	private static void checkVersion(Map<String, Object> document, String where, List<ToscaProblem> problems) {
		Object version = document.get("tosca_definitions_version");
		if (version == null) {
			problems.add(new ToscaProblem(where + "tosca_definitions_version", "missing; expected tosca_simple_yaml_1_3"));
		} else if (!VERSIONS.contains(String.valueOf(version))) {
			problems.add(new ToscaProblem(where + "tosca_definitions_version", "unknown version "
					+ Values.describe(version) + "; expected one of tosca_simple_yaml_1_0 .. tosca_simple_yaml_1_3"));
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelDiagnostic;

/**
 * The JSON form of a validation: {@code {"files":[...],"errors":n,"warnings":n,"diagnostics":[{"file","line",
 * "column","severity","code","message"}]}}. Written by hand: the CLI needs no JSON library for one flat shape.
 */
final class DiagnosticsJson {

	private DiagnosticsJson() {
	}

	static String write(List<Path> files, LoadedModels loaded) {
		String fileList = files.stream().map(f -> string(f.toString())).collect(Collectors.joining(","));
		String diagnostics = loaded.diagnostics().stream().map(DiagnosticsJson::diagnostic)
				.collect(Collectors.joining(",\n    "));
		return "{\n  \"files\": [" + fileList + "],\n"
				+ "  \"errors\": " + loaded.count(ModelDiagnostic.Severity.ERROR) + ",\n"
				+ "  \"warnings\": " + loaded.count(ModelDiagnostic.Severity.WARNING) + ",\n"
				+ "  \"diagnostics\": [" + (diagnostics.isEmpty() ? "" : "\n    " + diagnostics + "\n  ") + "]\n}";
	}

	private static String diagnostic(ModelDiagnostic d) {
		return "{\"file\": " + string(d.file().toString()) + ", \"line\": " + d.line() + ", \"column\": " + d.column()
				+ ", \"severity\": " + string(d.severity().label()) + ", \"code\": " + string(d.code())
				+ ", \"message\": " + string(d.message()) + fix(d) + "}";
	}

	private static String fix(ModelDiagnostic d) {
		if (d.fix().isEmpty()) {
			return "";
		}
		return ", \"fix\": {" + d.fix().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
				.map(e -> string(e.getKey()) + ": " + string(e.getValue())).collect(Collectors.joining(", ")) + "}";
	}

	/** A JSON string literal (RFC 8259 escapes). */
	static String string(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"').toString();
	}
}

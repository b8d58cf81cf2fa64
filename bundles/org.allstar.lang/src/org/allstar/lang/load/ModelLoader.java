// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.lang.validation.IssueCodes;
import org.allstar.model.Model;
import org.allstar.verify.VerifyCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads ALLSTAR-ML files into one resource set, links them and validates them: the headless path shared by the CLI
 * and by tests, so both see exactly what the IDE's editor sees.
 */
public class ModelLoader {

	private static final Comparator<ModelDiagnostic> BY_PLACE = Comparator.comparing(ModelDiagnostic::file)
			.thenComparingInt(ModelDiagnostic::line).thenComparingInt(ModelDiagnostic::column);

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Loads, links and validates {@code files}; problems come back as diagnostics, never as exceptions. */
	public LoadedModels load(List<Path> files, CancelIndicator cancel) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		Map<Resource, Path> loaded = new java.util.LinkedHashMap<>();
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(ModelFiles.identity(file).toString()));
			try {
				resource.load(Map.of());
				loaded.put(resource, file);
			} catch (IOException | RuntimeException e) {
				diagnostics.add(new ModelDiagnostic(file, 1, 1, ModelDiagnostic.Severity.ERROR, IssueCodes.IO,
						"cannot read this file (" + e.getMessage() + "); check that it exists and is readable."));
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		List<Model> models = new ArrayList<>();
		for (Map.Entry<Resource, Path> entry : loaded.entrySet()) {
			Resource resource = entry.getKey();
			if (cancel.isCanceled()) {
				break;
			}
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				models.add(model);
			}
			for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
				diagnostics.add(toDiagnostic(entry.getValue(), issue));
			}
		}
		diagnostics.sort(BY_PLACE);
		return new LoadedModels(resourceSet, List.copyOf(models), List.copyOf(diagnostics));
	}

	private static ModelDiagnostic toDiagnostic(Path file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new ModelDiagnostic(file, line, column, severity(issue), IssueCodes.stable(issue.getCode()),
				issue.getMessage(), fixOf(issue));
	}

	/** The verifier's quick-fix data, carried in the issue as {@code key=value} strings; other checks have none. */
	private static Map<String, String> fixOf(Issue issue) {
		Map<String, String> fix = new LinkedHashMap<>();
		if (issue.getData() != null && VerifyCodes.all().contains(issue.getCode())) {
			for (String entry : issue.getData()) {
				int at = entry.indexOf('=');
				if (at > 0) {
					fix.put(entry.substring(0, at), entry.substring(at + 1));
				}
			}
		}
		return fix;
	}

	private static ModelDiagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> ModelDiagnostic.Severity.ERROR;
		case WARNING -> ModelDiagnostic.Severity.WARNING;
		default -> ModelDiagnostic.Severity.INFO;
		};
	}
}

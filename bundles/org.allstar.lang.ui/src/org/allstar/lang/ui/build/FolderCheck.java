// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.lang.ui.LanguageServices;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Checks the model files of one folder together, as the editor checks one of them (its folder's other files loaded
 * next to it, under their file system URIs) and as {@code allstar validate FOLDER} does: syntax, linking, the
 * structural checks and the verifier's rules, all run by the language's validator. Headless; any thread.
 */
public final class FolderCheck {

	private final LanguageServices services;

	public FolderCheck(LanguageServices services) {
		this.services = services;
	}

	/** The issues of each of {@code files} (the model files of one folder), in their order. */
	public Map<IFile, List<Issue>> check(List<IFile> files, CancelIndicator cancel) throws CoreException {
		XtextResourceSet resourceSet = services.get(XtextResourceSet.class);
		Map<IFile, Resource> loaded = new LinkedHashMap<>();
		Map<IFile, List<Issue>> issues = new LinkedHashMap<>();
		for (IFile file : files) {
			Resource resource = resourceSet.createResource(uriOf(file));
			try (InputStream in = file.getContents(true)) {
				resource.load(in, Map.of(XtextResource.OPTION_ENCODING, file.getCharset()));
				loaded.put(file, resource);
			} catch (IOException e) {
				issues.put(file, List.of(unreadable(file, e)));
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		IResourceValidator validator = services.get(IResourceValidator.class);
		for (Map.Entry<IFile, Resource> entry : loaded.entrySet()) {
			if (cancel.isCanceled()) {
				break;
			}
			issues.put(entry.getKey(), validator.validate(entry.getValue(), CheckMode.ALL, cancel));
		}
		return issues;
	}

	/** The URI the editor gives the same file (LanguageServices.parse), so cross-file links resolve the same way. */
	static URI uriOf(IFile file) {
		return URI.createFileURI(file.getLocation().toPath().toAbsolutePath().toString());
	}

	private static Issue unreadable(IFile file, IOException e) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setLineNumber(1);
		issue.setMessage("Cannot read " + file.getFullPath() + " (" + e.getMessage()
				+ "); check that it exists and is readable, then rebuild the project.");
		return issue;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.File;
import java.io.PrintStream;
import java.util.List;

import org.allstar.lang.AllstarMlStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * {@code allstar validate <file>...}: parses, links and validates ALLSTAR-ML files together and prints
 * one line per issue. Placeholder: it will grow output formats (JSON) and the verifier's rules.
 */
final class ValidateCommand {

	int run(String[] files, PrintStream out, PrintStream err) {
		if (files.length == 0) {
			err.println("usage: allstar validate <file>...");
			return Main.USAGE;
		}
		Injector injector = new AllstarMlStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		for (String file : files) {
			File f = new File(file);
			if (!f.isFile()) {
				err.println("allstar: no such file: " + file);
				return Main.USAGE;
			}
			resourceSet.getResource(URI.createFileURI(f.getAbsolutePath()), true);
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		int errors = 0;
		for (int i = 0; i < files.length; i++) {
			Resource resource = resourceSet.getResources().get(i);
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				out.println(format(files[i], issue));
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				}
			}
		}
		return errors == 0 ? Main.OK : Main.PROBLEMS;
	}

	static String format(String file, Issue issue) {
		return file + ":" + orZero(issue.getLineNumber()) + ":" + orZero(issue.getColumn()) + ": "
				+ issue.getSeverity().name().toLowerCase() + ": "
				+ (issue.getCode() == null ? "-" : issue.getCode()) + ": " + issue.getMessage();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import java.util.List;

import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Sla;
import org.allstar.verify.Finding;
import org.allstar.verify.Verifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Runs the verifier on the deployments of a file, over every model loaded beside it (providers and networks often
 * live in other files), and reports its findings at their place in this file: so the CLI, the editor and the
 * Problems view all show them with no extra work.
 */
public class VerifierChecks extends AbstractDeclarativeValidator {

	private final Verifier verifier = new Verifier();

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AllstarMlValidator
	}

	@Check(CheckType.NORMAL)
	public void deploymentsMeetTheRules(Model model) {
		// the deployments of this file, and those that the SLAs of this file are about
		List<Deployment> deployments = model.getElements().stream()
				.map(e -> e instanceof Sla sla ? sla.getDeployment() : e).filter(Deployment.class::isInstance)
				.map(Deployment.class::cast).filter(d -> !d.eIsProxy()).distinct().toList();
		if (deployments.isEmpty() || model.eResource() == null) {
			return;
		}
		for (Finding finding : verifier.verify(modelsBeside(model), deployments)) {
			if (finding.target().eResource() == model.eResource()) {
				report(finding);
			}
		}
	}

	private static List<Model> modelsBeside(Model model) {
		if (model.eResource().getResourceSet() == null) {
			return List.of(model);
		}
		return model.eResource().getResourceSet().getResources().stream().map(Resource::getContents)
				.filter(contents -> !contents.isEmpty() && contents.get(0) instanceof Model)
				.map(contents -> (Model) contents.get(0)).toList();
	}

	private void report(Finding finding) {
		String[] fix = finding.fix().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.toArray(String[]::new);
		switch (finding.severity()) {
		case ERROR -> error(finding.message(), finding.target(), finding.feature(), finding.code(), fix);
		case WARNING -> warning(finding.message(), finding.target(), finding.feature(), finding.code(), fix);
		default -> info(finding.message(), finding.target(), finding.feature(), finding.code(), fix);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import static org.allstar.model.AllstarPackage.Literals.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.allstar.model.Model;
import org.allstar.model.NamedElement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/** Qualified names are unique: within a file, and across the files that see each other. */
public class NameChecks extends AbstractDeclarativeValidator {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider index;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AllstarMlValidator; registering it alone would run every check twice
	}

	@Check
	public void namesUniqueInFile(Model model) {
		Map<QualifiedName, NamedElement> seen = new HashMap<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof NamedElement element) {
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null && seen.putIfAbsent(name, element) != null) {
					error("'" + name + "' is declared twice in this file; rename one of them.", element,
							NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
				}
			}
		});
	}

	/**
	 * Top-level elements only: nested names are unique when their container's name is. Each distinct name is looked
	 * up once, so a file with many repeats of one name stays linear.
	 */
	@Check(CheckType.NORMAL)
	public void topLevelNamesUniqueAcrossFiles(Model model) {
		if (model.eResource() == null || model.eResource().getResourceSet() == null) {
			return;
		}
		IResourceDescriptions descriptions = index.getResourceDescriptions(model.eResource());
		Resource here = model.eResource();
		Map<QualifiedName, Optional<URI>> elsewhere = new HashMap<>();
		for (EObject element : model.getElements()) {
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name == null) {
				continue;
			}
			elsewhere.computeIfAbsent(name, key -> otherDeclaration(descriptions, key, here)).ifPresent(
					other -> error("'" + name + "' is also declared in " + other.lastSegment() + "; rename one of them.",
							element, NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME));
		}
	}

	private static Optional<URI> otherDeclaration(IResourceDescriptions descriptions, QualifiedName name,
			Resource here) {
		for (IEObjectDescription description : descriptions.getExportedObjects(NAMED_ELEMENT, name, false)) {
			URI file = description.getEObjectURI().trimFragment();
			if (!file.equals(here.getURI()) && here.getResourceSet().getResource(file, false) != here) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}
}

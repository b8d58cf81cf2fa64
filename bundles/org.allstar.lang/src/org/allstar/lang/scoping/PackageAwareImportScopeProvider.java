// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.allstar.model.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Imports as written ({@code import mog.providers.*}), plus the file's own package: a project may split one package
 * over several files, and they see each other's elements by simple name, as Java classes of one package do.
 */
public class PackageAwareImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof Model model && model.getName() != null && !model.getName().isBlank()) {
			resolvers = new ArrayList<>(resolvers);
			resolvers.add(doCreateImportNormalizer(getQualifiedNameConverter().toQualifiedName(model.getName()), true,
					ignoreCase));
		}
		return resolvers;
	}

	@Override
	protected ImportNormalizer doCreateImportNormalizer(QualifiedName importedNamespace, boolean wildcard,
			boolean ignoreCase) {
		return wildcard ? super.doCreateImportNormalizer(importedNamespace, true, ignoreCase)
				: new MemberImportNormalizer(importedNamespace, ignoreCase);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.scoping;

import static org.allstar.model.AllstarPackage.Literals.*;

import org.allstar.model.Application;
import org.allstar.model.Deployment;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Components are named by their simple name where the application is known: in its own flows and requirements, and
 * in a deployment of it. Everything else is scoped by qualified names and imports.
 */
public class AllstarMlScopeProvider extends AbstractAllstarMlScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == FLOW__SOURCE || reference == FLOW__TARGET || reference == LATENCY_REQUIREMENT__PATH) {
			return componentsOf(EcoreUtil2.getContainerOfType(context, Application.class));
		}
		if (reference == PLACEMENT__COMPONENT) {
			Deployment deployment = EcoreUtil2.getContainerOfType(context, Deployment.class);
			return componentsOf(deployment == null ? null : deployment.getApplication());
		}
		return super.getScope(context, reference);
	}

	@Inject
	private IResourceScopeCache cache;

	/**
	 * The components of {@code application} by simple name: one hashed scope per application, kept until its file
	 * changes (a new scope per reference made linking a deployment quadratic: 500 placements each scanning 500
	 * components, most of the editor's check of a 10,000-line model).
	 */
	private IScope componentsOf(Application application) {
		if (application == null || application.eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		if (application.eResource() == null) {
			return Scopes.scopeFor(application.getComponents());
		}
		return cache.get(Tuples.pair(application, COMPONENT_SCOPE), application.eResource(),
				() -> MultimapBasedScope.createScope(IScope.NULLSCOPE,
						Scopes.scopedElementsFor(application.getComponents()), false));
	}

	private static final String COMPONENT_SCOPE = "components";
}

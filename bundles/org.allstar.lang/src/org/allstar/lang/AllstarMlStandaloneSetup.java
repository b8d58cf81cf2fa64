// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang;

import org.allstar.model.AllstarPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Initialises ALLSTAR-ML outside OSGi (the CLI, plain JUnit), registering the metamodel it imports. */
public class AllstarMlStandaloneSetup extends AllstarMlStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new AllstarMlStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(AllstarPackage.eNS_URI, AllstarPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}

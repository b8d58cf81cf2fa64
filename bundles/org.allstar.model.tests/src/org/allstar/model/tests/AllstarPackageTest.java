// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.allstar.model.AllstarFactory;
import org.allstar.model.AllstarPackage;
import org.allstar.model.Model;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

class AllstarPackageTest {

	@Test
	void packageIsRegisteredUnderItsNsUri() {
		assertSame(AllstarPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://www.allstar.org/model/1.0"));
	}

	@Test
	void generatedFactoryBuildsAContainmentTree() {
		Model model = AllstarFactory.eINSTANCE.createModel();
		Provider provider = AllstarFactory.eINSTANCE.createProvider();
		provider.setKind(ProviderKind.EDGE);
		model.getProviders().add(provider);
		assertSame(model, provider.eContainer());
		assertEquals(ProviderKind.EDGE, model.getProviders().get(0).getKind());
	}
}

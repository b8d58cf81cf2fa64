// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.allstar.model.AllstarFactory;
import org.allstar.model.AllstarPackage;
import org.allstar.model.Model;
import org.allstar.model.Node;
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
		Node node = AllstarFactory.eINSTANCE.createNode();
		provider.getNodes().add(node);
		model.getElements().add(provider);
		assertSame(model, provider.eContainer());
		assertSame(provider, node.eContainer());
		assertEquals(ProviderKind.EDGE, ((Provider) model.getElements().get(0)).getKind());
	}
}

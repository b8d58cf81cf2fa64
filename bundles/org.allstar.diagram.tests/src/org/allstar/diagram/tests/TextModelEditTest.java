// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.allstar.diagram.edit.TextModelEdit;
import org.allstar.diagram.edit.TextReplacement;
import org.allstar.lang.ide.AllstarMlIdeSetup;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.AllstarFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class TextModelEditTest {

	private static final TextModelEdit EDIT = new AllstarMlIdeSetup().createInjectorAndDoEMFRegistration()
			.getInstance(TextModelEdit.class);
	private static final URI URI_ = URI.createFileURI("/tmp/shop.allstar");
	/** A compact provider (not in the standard layout) and an application in the standard layout. */
	private static final String SHOP = """
			// the shop
			provider Corner { kind edge node box { cpu 4 cores } }

			application Shop {
			  component web {
			    cpu 1 core
			  }
			  // keeps the orders
			  component db {
			    cpu 2 cores
			  }
			  flow web -> db bandwidth 10 Mbps latency < 5 ms
			}
			""";

	private static Application shop(org.allstar.model.Model model) {
		return (Application) model.getElements().get(1);
	}

	// The changed block is written in the standard layout (as Format does; comments stay) and nothing else moves:
	// these tests start from that layout, so only the edited element differs, and the compact provider stays.
	@Test
	void renameChangesTheDeclarationAndTheReferencesOnly() {
		TextReplacement edit = EDIT.apply(SHOP, URI_, m -> shop(m).getComponents().get(1).setName("store"));
		assertEquals(SHOP.replace("component db", "component store").replace("web -> db", "web -> store"),
				edit.applyTo(SHOP));
	}

	@Test
	void deleteFlowRemovesItsLineAndKeepsTheComments() {
		TextReplacement edit = EDIT.apply(SHOP, URI_, m -> EcoreUtil.delete(shop(m).getFlows().get(0)));
		assertEquals(SHOP.replace("  flow web -> db bandwidth 10 Mbps latency < 5 ms\n", ""), edit.applyTo(SHOP));
	}

	@Test
	void createComponentAndFlowAddsThemToTheApplication() {
		TextReplacement edit = EDIT.apply(SHOP, URI_, m -> {
			Component cache = AllstarFactory.eINSTANCE.createComponent();
			cache.setName("cache");
			shop(m).getComponents().add(cache);
			Flow flow = AllstarFactory.eINSTANCE.createFlow();
			flow.setSource(shop(m).getComponents().get(0));
			flow.setTarget(cache);
			shop(m).getFlows().add(flow);
		});
		assertEquals(SHOP.replace("  flow web -> db bandwidth 10 Mbps latency < 5 ms\n",
				"  flow web -> db bandwidth 10 Mbps latency < 5 ms\n  component cache {\n  }\n  flow web -> cache\n"),
				edit.applyTo(SHOP));
	}

	@Test
	void textWithSyntaxErrorsIsRefused() {
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> EDIT.apply("application Shop {", URI_, m -> {
				}));
		assertEquals("shop.allstar has syntax errors; fix them in the text editor before editing the diagram.",
				refused.getMessage());
	}
}

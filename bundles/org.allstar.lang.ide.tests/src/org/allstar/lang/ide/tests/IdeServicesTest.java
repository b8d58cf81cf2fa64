// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;

import org.allstar.lang.ide.AllstarMlIdeSetup;
import org.allstar.model.Node;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The UI-free services the editor and the language server are built on: completion and go-to-definition. */
class IdeServicesTest {

	private static final Injector INJECTOR = new AllstarMlIdeSetup().createInjectorAndDoEMFRegistration();
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	private static final String MODEL = """
			package demo
			provider Edge1 { node box { cpu 4 cores } node gw { cpu 1 core } }
			application App { component cam { } component nlp { } flow cam -> nlp }
			deployment prod of App { cam on Edge1.box }
			""";

	@AfterAll
	static void stopPool() {
		POOL.shutdown();
	}

	private static XtextResource load(String text) throws Exception {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/demo.allstar"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static List<String> proposalsAt(String text, int offset) throws Exception {
		XtextResource resource = load(text);
		ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		return StreamSupport.stream(acceptor.getEntries().spliterator(), false).map(ContentAssistEntry::getProposal)
				.toList();
	}

	@Test
	void completesTheNodesOfProvidersAfterOn() throws Exception {
		String text = MODEL.replace("cam on Edge1.box }", "cam on  }");
		int offset = text.indexOf("cam on ") + "cam on ".length();
		List<String> proposals = proposalsAt(text, offset);
		assertTrue(proposals.containsAll(List.of("Edge1.box", "Edge1.gw")), proposals.toString());
	}

	@Test
	void completesOnlyTheApplicationsComponentsInAFlow() throws Exception {
		String text = MODEL.replace("flow cam -> nlp", "flow cam -> ");
		int offset = text.indexOf("flow cam -> ") + "flow cam -> ".length();
		List<String> proposals = proposalsAt(text, offset);
		assertTrue(proposals.containsAll(List.of("cam", "nlp")), proposals.toString());
		assertFalse(proposals.contains("box"), proposals.toString());
	}

	@Test
	void completesTopLevelKeywords() throws Exception {
		String text = "package demo\n";
		List<String> proposals = proposalsAt(text, text.length());
		assertTrue(proposals.containsAll(List.of("provider", "application", "deployment", "sla", "network", "data",
				"participant", "import")), proposals.toString());
	}

	@Test
	void completesTheUnitsOfTheQuantitysDimensionAfterANumber() throws Exception {
		String text = MODEL.replace("cpu 4 cores", "cpu 4 ");
		int offset = text.indexOf("cpu 4 ") + "cpu 4 ".length();
		List<String> proposals = proposalsAt(text, offset);
		assertTrue(proposals.containsAll(List.of("cores", "millicores")), proposals.toString());
		assertFalse(proposals.contains("GB"), proposals.toString());
	}

	@Test
	void goesToTheDefinitionOfAQualifiedNodeReference() throws Exception {
		XtextResource resource = load(MODEL);
		int offset = MODEL.indexOf("Edge1.box }") + "Edge1.".length();
		EObject target = INJECTOR.getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
		assertInstanceOf(Node.class, target);
		var region = INJECTOR.getInstance(ILocationInFileProvider.class).getSignificantTextRegion(target);
		assertEquals(MODEL.indexOf("box {"), region.getOffset());
		assertEquals("box", MODEL.substring(region.getOffset(), region.getOffset() + region.getLength()));
	}
}

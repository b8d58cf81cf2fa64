// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.allstar.model.Model;
import org.allstar.model.ProviderKind;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class AllstarMlParsingTest {

	@Inject
	private ParseHelper<Model> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void providersParseIntoTheMetamodel() throws Exception {
		Model model = parseHelper.parse("package mog.providers\nprovider PortoEdge { kind edge }\n");
		validation.assertNoIssues(model);
		assertEquals("mog.providers", model.getName());
		assertEquals(ProviderKind.EDGE, model.getProviders().get(0).getKind());
	}

	@Test
	void missingBraceIsASyntaxError() throws Exception {
		Model model = parseHelper.parse("package p provider X {");
		assertFalse(model.eResource().getErrors().isEmpty());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.junit.jupiter.api.Assertions.*;

import org.allstar.lang.formatting2.ModelFormatter;
import org.allstar.model.Model;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter lays out a crammed model the way the examples are written, and keeps comments. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class FormatterTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ModelFormatter formatter;

	private String format(String text) throws Exception {
		return formatter.format((XtextResource) parser.parse(text).eResource());
	}

	@Test
	void blocksPropertiesAndLines() throws Exception {
		assertEquals("""
				package hello

				import a.*

				provider P {
				  kind edge
				  node box {
				    cpu 4 cores
				    memory 8 GB
				    accelerator gpu nvidia "T4" count 1 memory 16 GB
				    isolation sgx, sev
				  }
				}

				application G {
				  component web {
				    image "w"
				    ports 80, 443
				  }
				  flow web -> web latency < 1 ms
				  require availability >= 98 %
				  budget 20 EUR/month
				}
				""", format("package   hello import a.* provider P {kind edge node box{cpu 4 cores memory 8 GB "
				+ "accelerator gpu nvidia \"T4\" count 1 memory 16 GB isolation sgx , sev}} "
				+ "application G { component web { image \"w\" ports 80 ,443 } flow web->web latency<1 ms "
				+ "require availability>=98 % budget 20 EUR/month }"));
	}

	@Test
	void commentsSurvive() throws Exception {
		String formatted = format("// providers\nprovider P { /* the box */ node box { cpu 1 core } }");
		assertTrue(formatted.contains("// providers"), formatted);
		assertTrue(formatted.contains("/* the box */"), formatted);
	}

	@Test
	void formattingIsIdempotent() throws Exception {
		String once = format("provider P{node n{cpu 1 core memory 1 GB}} application A{component c{image \"x\"}}");
		assertEquals(once, format(once));
	}
}

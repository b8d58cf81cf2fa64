// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import org.allstar.lang.ui.LanguageServices;

/** The model the editor tests work on (examples/hello-edge in small) and the services, shared by all tests. */
final class Fixtures {

	static final String HELLO = """
			// hello
			package hello

			provider CornerShop {
			  kind edge
			  region "eu-west"
			  node box {
			    cpu 4 cores
			    memory 8 GB
			    arch arm64
			    price 0.02 EUR/h
			    availability 99 %
			  }
			}

			application Greeter {
			  component web {
			    image "hello/web:1.0"
			    variant arm64 "hello/web:1.0-arm64"
			    cpu 1 core
			    memory 256 MB
			    ports 8080
			  }
			  require availability >= 98 %
			  budget 20 EUR/month
			}

			deployment local of Greeter {
			  web on CornerShop.box
			}
			""".stripIndent(); // not a compile-time constant: tests see a change without a clean build

	static final LanguageServices SERVICES = LanguageServices.shared();

	private Fixtures() {
	}

	/** The 1-based line of {@code offset} in {@code text}. */
	static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}

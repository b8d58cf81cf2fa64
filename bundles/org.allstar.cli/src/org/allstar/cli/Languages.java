// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import org.allstar.lang.AllstarMlStandaloneSetup;

import com.google.inject.Injector;

/** The ALLSTAR-ML services, set up once per run and only when a command needs them (version stays instant). */
final class Languages {

	private Injector injector;

	<T> T get(Class<T> type) {
		if (injector == null) {
			injector = AllstarMlStandaloneSetup.doSetup();
		}
		return injector.getInstance(type);
	}
}

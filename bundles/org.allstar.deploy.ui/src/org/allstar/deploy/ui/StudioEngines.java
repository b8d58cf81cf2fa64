// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.nio.file.Path;

import org.allstar.deploy.kubernetes.EveryEngine;
import org.allstar.model.Deployment;
import org.allstar.ui.preferences.StudioPreferences;

/**
 * The engines as the studio reaches them: with the Docker TLS certificates and the kubeconfig of its preferences
 * (Preferences > ALLSTAR > Engines) where set, else from the environment as the command line does.
 */
final class StudioEngines {
	private StudioEngines() {
	}

	/** A deployment's docker engines and clusters, with the studio's credentials. */
	static EveryEngine of(Deployment deployment) {
		return new EveryEngine(deployment, dockerCertificates(), StudioPreferences.kubeconfig().orElse(null));
	}

	/** The preference's Docker TLS certificate folder, or null for the environment's. */
	static Path dockerCertificates() {
		return StudioPreferences.engineCertificates().orElse(null);
	}
}

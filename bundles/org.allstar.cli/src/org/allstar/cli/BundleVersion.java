// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

/** Reads the Bundle-Version of the bundle holding a class, on a plain class path as well as in OSGi. */
final class BundleVersion {

	private BundleVersion() {
	}

	static String of(Class<?> type) {
		String packageName = type.getPackageName();
		try {
			Enumeration<URL> manifests = type.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					var attributes = new Manifest(in).getMainAttributes();
					String name = attributes.getValue("Bundle-SymbolicName");
					if (name != null && name.split(";")[0].trim().equals(packageName)) {
						return attributes.getValue("Bundle-Version");
					}
				}
			}
		} catch (IOException e) {
			// fall through: the version is informative only
		}
		return "(unknown version)";
	}
}
